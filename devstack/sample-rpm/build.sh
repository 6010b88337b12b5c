#!/usr/bin/env bash
# Rebuilds the sample yum repository that `./jpulp up` mirrors (committed under src/main/resources so that the stack
# needs no rpm tooling): three tiny noarch packages, comps and an erratum. Needs rpmbuild, createrepo_c, modifyrepo_c.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../src/main/resources/org/jpulp/devstack/sample/rpm"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() { # name epoch version release summary
    cat > "$work/$1-$3.spec" <<SPEC
Name: $1
Epoch: $2
Version: $3
Release: $4
Summary: $5
License: MIT
BuildArch: noarch
%description
$5. Installed from a repository mirrored by jpulp.
%install
mkdir -p %{buildroot}/usr/share/$1
echo "$1 $3 from the jpulp sample repository" > %{buildroot}/usr/share/$1/README
%files
/usr/share/$1/README
%changelog
* Sun Nov 22 2026 jpulp <jpulp@example.org> - $3-$4
- Sample package $1 $3
SPEC
    rpmbuild --quiet -bb --define "_topdir $work/top" --define "_rpmdir $work/rpms" \
        --define "_build_name_fmt %%{NAME}-%%{VERSION}-%%{RELEASE}.%%{ARCH}.rpm" \
        --define "use_source_date_epoch_as_buildtime 1" --define "clamp_mtime_to_source_date_epoch 1" \
        "$work/$1-$3.spec"
}

export SOURCE_DATE_EPOCH=1795305600
build jpulp-hello 0 1.0 1 "Says hello"
build jpulp-hello 0 1.1 1 "Says hello"
build jpulp-motd 1 2.0 1 "A message of the day"

cat > "$work/comps.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE comps PUBLIC "-//Red Hat, Inc.//DTD Comps info//EN" "comps.dtd">
<comps>
  <group>
    <id>jpulp-sample</id>
    <name>jpulp sample</name>
    <description>Packages of the jpulp sample repository</description>
    <default>false</default>
    <uservisible>true</uservisible>
    <packagelist>
      <packagereq type="mandatory">jpulp-hello</packagereq>
      <packagereq type="default">jpulp-motd</packagereq>
    </packagelist>
  </group>
</comps>
XML

cat > "$work/updateinfo.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<updates>
  <update from="jpulp@example.org" status="final" type="enhancement" version="1">
    <id>JPULP-2026:0001</id>
    <title>jpulp-hello 1.1</title>
    <issued date="2026-11-22 00:00:00"/>
    <updated date="2026-11-22 00:00:00"/>
    <rights>MIT</rights>
    <release>jpulp sample</release>
    <severity>None</severity>
    <summary>jpulp-hello says hello a little better</summary>
    <description>jpulp-hello 1.1 replaces 1.0.</description>
    <references/>
    <pkglist>
      <collection short="jpulp-sample">
        <name>jpulp sample</name>
        <package name="jpulp-hello" version="1.1" release="1" epoch="0" arch="noarch" src="jpulp-hello-1.1-1.src.rpm">
          <filename>jpulp-hello-1.1-1.noarch.rpm</filename>
        </package>
      </collection>
    </pkglist>
  </update>
</updates>
XML

rm -rf "$out"
mkdir -p "$out/Packages"
cp "$work"/rpms/*.rpm "$out/Packages/"
createrepo_c --quiet --no-database --revision 1 --set-timestamp-to-revision --groupfile "$work/comps.xml" "$out"
modifyrepo_c "$work/updateinfo.xml" "$out/repodata"
(cd "$out" && find . -type f ! -name index.txt | sed 's#^\./##' | LC_ALL=C sort > index.txt)
echo "sample yum repository written to $out"
