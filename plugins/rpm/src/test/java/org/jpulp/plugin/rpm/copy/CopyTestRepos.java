package org.jpulp.plugin.rpm.copy;

import org.jpulp.testing.rpm.TestRpm;

/** The source repository the copy tests sync: packages, an erratum, comps, a module and a custom repomd file. */
final class CopyTestRepos {

    static final TestRpm BEAR_41 = TestRpm.of("bear", "4.1", "1");
    static final TestRpm BEAR_42 = TestRpm.of("bear", "4.2", "1");
    static final TestRpm CAT = TestRpm.of("cat", "1.0", "1");
    static final TestRpm DUCK = TestRpm.of("duck", "0.7", "1");
    static final TestRpm EMU = TestRpm.of("emu", "2.0", "1");

    static final String UPDATEINFO = """
            <?xml version="1.0" encoding="UTF-8"?>
            <updates>
              <update from="errata@example.com" status="stable" type="security" version="1">
                <id>ZOO-2026:1</id>
                <title>Bear and cat update</title>
                <issued date="2026-11-01 10:00:00"/>
                <pkglist>
                  <collection short="zoo">
                    <name>Zoo</name>
                    <package name="bear" version="4.2" release="1" epoch="0" arch="noarch">
                      <filename>bear-4.2-1.noarch.rpm</filename>
                      <sum type="sha256">not-the-checksum</sum>
                    </package>
                    <package name="cat" version="1.0" release="1" arch="noarch">
                      <filename>cat-1.0-1.noarch.rpm</filename>
                    </package>
                  </collection>
                  <collection short="pond">
                    <name>Pond</name>
                    <module name="pond" stream="1" version="20261118" context="c0ffee42" arch="noarch"/>
                    <package name="ghost" version="9" release="9" epoch="0" arch="noarch">
                      <filename>ghost-9-9.noarch.rpm</filename>
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
                <packagelist>
                  <packagereq type="mandatory">bear</packagereq>
                  <packagereq type="optional">cat</packagereq>
                  <packagereq type="default">unicorn</packagereq>
                </packagelist>
              </group>
              <group>
                <id>outback</id>
                <name>Outback</name>
                <packagelist><packagereq type="mandatory">emu</packagereq></packagelist>
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
                <optionlist><groupid default="true">outback</groupid></optionlist>
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
              name: pond
              stream: "1"
              version: 20261118
              context: c0ffee42
              arch: noarch
              summary: Pond module
              description: Ducks
              license:
                module: [MIT]
              artifacts:
                rpms:
                - duck-0:0.7-1.noarch
            ...
            ---
            document: modulemd
            version: 2
            data:
              name: lake
              stream: "1"
              version: 20261118
              context: c0ffee42
              arch: noarch
              summary: Lake module
              description: Ducks and emus
              license:
                module: [MIT]
              artifacts:
                rpms:
                - duck-0:0.7-1.noarch
                - emu-0:2.0-1.noarch
            ...
            ---
            document: modulemd-defaults
            version: 1
            data:
              module: pond
              stream: "1"
            ...
            """;

    private CopyTestRepos() {
    }
}
