package org.jpulp.plugin.rpm.testbed;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jpulp.testing.rpm.RpmBuilder;
import org.jpulp.testing.rpm.TestRpm;

/** Real packages for the plugin's tests, built once by {@link RpmBuilder} and cached. */
public final class TestPackages {

    /** Everything primary.xml can say: epoch, weak deps, scriptlet and versioned requires, config, dir, ghost, symlink. */
    public static final String BEAR_SPEC = """
            Name: bear
            Version: 4.1
            Release: 1
            Epoch: 2
            Summary: A dummy package of bear & <friends>
            License: GPLv2
            Group: Internet/Applications
            URL: http://tstrachota.fedorapeople.org
            Vendor: Zoo Inc.
            Packager: Zoë <zoe@example.com>
            BuildArch: noarch
            Provides: ursus = 4.1
            Requires: /bin/sh, libfoo >= 1.2-3, bar(x86-64) < 2:3, /usr/bin/bear
            Requires(pre): shadow-utils
            Requires(post): shadow-utils
            Recommends: honey
            Suggests: salmon >= 1
            Conflicts: tiger <= 1.0
            Obsoletes: oldbear < 4
            Supplements: forest
            Enhances: woods

            %description
            A dummy package of bear: ünïcødé, <b>tags</b> & "ampersands".
            Second line.

            %install
            mkdir -p %{buildroot}/usr/share/bear %{buildroot}/etc %{buildroot}/usr/bin %{buildroot}/usr/sbin
            echo bear > %{buildroot}/usr/share/bear/bear.txt
            echo conf > %{buildroot}/etc/bear.conf
            echo '#!/bin/sh' > %{buildroot}/usr/bin/bear
            chmod 755 %{buildroot}/usr/bin/bear
            mkdir -p %{buildroot}/usr/sbin/bear.d
            ln -s bear.txt %{buildroot}/usr/share/bear/link.txt

            %files
            %dir /usr/share/bear
            %dir /usr/sbin/bear.d
            /usr/share/bear/bear.txt
            /usr/share/bear/link.txt
            %ghost /usr/share/bear/ghost.txt
            %ghost /etc/bear.ghost
            %config(noreplace) /etc/bear.conf
            /usr/bin/bear

            %changelog
            * Tue Jan 03 2023 Jörg Bär <joerg@example.com> - 2:4.1-1
            - same day as the next one
            * Tue Jan 03 2023 Someone Else <else@example.com>   
            - ünïcødé & <xml> change
            * Sun Jan 01 2023 Someone <s@example.com> - 4.0-1
            - first
            """;

    private TestPackages() {
    }

    public static Path bear() {
        return RpmBuilder.shared().buildSpec(BEAR_SPEC, "bear-4.1-1.noarch.rpm");
    }

    /** A plain package from the fixture's description, with a non-ASCII changelog. */
    public static TestRpm walrus() {
        return TestRpm.of("walrus", "5.21", "1").withEpoch("1").withRequires("whale >= 2:1.0-3")
                .withProvides("animal(walrus) = 5").withFile("/usr/bin/walrus", "#!/bin/sh\n")
                .withChangelog(LocalDate.of(2024, 5, 1), "Zoë Keeper <zoe@example.com> - 1:5.21-1", "Tusks: ✓");
    }

    public static Path build(TestRpm rpm) {
        return RpmBuilder.shared().build(rpm);
    }
}
