package org.jpulp.plugin.rpm.sync;

import java.time.LocalDate;

import org.jpulp.testing.rpm.TestRpm;

/** Packages and metadata documents the sync tests build repositories from. */
final class YumFeeds {

    static final TestRpm BEAR_41 = TestRpm.of("bear", "4.1", "1").withRequires("coreutils")
            .withChangelog(LocalDate.of(2026, 11, 18), "Zoë Keeper <zoe@example.com> - 4.1-1", "Grüße aus dem Zoo");
    static final TestRpm BEAR_42 = TestRpm.of("bear", "4.2", "1");
    static final TestRpm BEAR_5 = TestRpm.of("bear", "1.0", "1").withEpoch("1");
    static final TestRpm CAT = TestRpm.of("cat", "1.0", "1");
    static final TestRpm CAT_SRC = TestRpm.of("cat", "1.0", "1").withArch("src");

    static final String UPDATEINFO = """
            <?xml version="1.0" encoding="UTF-8"?>
            <updates>
              <update from="errata@example.com" status="stable" type="security" version="2">
                <id>ZOO-2026:1</id>
                <title>Bear update</title>
                <issued date="2026-11-01 10:00:00"/>
                <updated date="2026-11-02 10:00:00"/>
                <severity>Important</severity>
                <summary>Bears are better</summary>
                <description>Fixes grizzly bugs — ünïcode</description>
                <references>
                  <reference href="https://example.com/ZOO-1" id="ZOO-1" type="bugzilla" title="grr"/>
                </references>
                <pkglist>
                  <collection short="zoo">
                    <name>Zoo</name>
                    <package name="bear" version="4.2" release="1" epoch="0" arch="noarch" src="bear-4.2-1.src.rpm">
                      <filename>bear-4.2-1.noarch.rpm</filename>
                      <sum type="sha256">abc</sum>
                      <reboot_suggested>True</reboot_suggested>
                    </package>
                  </collection>
                </pkglist>
              </update>
            </updates>
            """;

    static final String COMPS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <comps>
              <group>
                <id>zoo</id>
                <name>Zoo</name>
                <name xml:lang="de">Tierpark</name>
                <description>Animals</description>
                <default>true</default>
                <uservisible>true</uservisible>
                <display_order>5</display_order>
                <packagelist>
                  <packagereq type="mandatory">bear</packagereq>
                  <packagereq type="optional">cat</packagereq>
                  <packagereq type="conditional" requires="bear">cat</packagereq>
                </packagelist>
              </group>
              <category>
                <id>animals</id>
                <name>Animals</name>
                <grouplist><groupid>zoo</groupid></grouplist>
              </category>
              <environment>
                <id>safari</id>
                <name>Safari</name>
                <grouplist><groupid>zoo</groupid></grouplist>
                <optionlist><groupid default="true">zoo</groupid></optionlist>
              </environment>
              <langpacks>
                <match install="bear-%s" name="bear"/>
              </langpacks>
            </comps>
            """;

    static final String MODULES = """
            ---
            document: modulemd
            version: 2
            data:
              name: zoo
              stream: "1.0"
              version: 20261118
              context: c0ffee42
              arch: noarch
              summary: Zoo module
              description: Animals in a module
              license:
                module: [MIT]
              profiles:
                default:
                  rpms: [bear]
              artifacts:
                rpms:
                - bear-0:4.2-1.noarch
            ...
            ---
            document: modulemd-defaults
            version: 1
            data:
              module: zoo
              stream: "1.0"
              profiles:
                "1.0": [default]
            ...
            """;

    private YumFeeds() {
    }
}
