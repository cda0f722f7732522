#!/usr/bin/env bash
# Packaging checks for CI: validates the desktop entry and the AppStream metainfo, builds the .deb with
# the light `ci-deb` profile, installs it, runs the installed binary on the installed samples, removes it.
set -euo pipefail
cd "$(dirname "$0")/.."

desktop-file-validate packaging/linux/io.github.dateline.Dateline.desktop
appstreamcli validate --no-net packaging/linux/io.github.dateline.Dateline.metainfo.xml

if ! cargo deb --version >/dev/null 2>&1; then
  cargo install cargo-deb --locked --version 3.8.0
fi
rm -rf target/debian
cargo deb --profile ci-deb
deb=$(find target/debian -maxdepth 1 -name 'dateline_*.deb' | sort | head -n 1)
[ -n "$deb" ] || { echo "no .deb was built" >&2; exit 1; }
echo "built $deb ($(du -h "$deb" | cut -f1))"

if dpkg -s dateline >/dev/null 2>&1; then
  echo "a dateline package is already installed; leaving it alone" >&2
  exit 1
fi
dpkg -i "$deb"
trap 'dpkg -r dateline >/dev/null' EXIT

test -x /usr/bin/dateline
/usr/bin/dateline --version
test -f /usr/share/applications/io.github.dateline.Dateline.desktop
test -f /usr/share/metainfo/io.github.dateline.Dateline.metainfo.xml
test -f /usr/share/icons/hicolor/256x256/apps/io.github.dateline.Dateline.png
out=$(/usr/bin/dateline extract /usr/share/dateline/samples)
echo "$out" | head -n 3
echo "$out" | grep -q '"value":"2025-07-18"' || { echo "installed dateline found no 2025-07-18 in the samples" >&2; exit 1; }

dpkg -r dateline
trap - EXIT
! test -e /usr/bin/dateline
echo "package check passed"
