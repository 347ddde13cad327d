#!/usr/bin/env bash
# Make dist/deskdl-<version>-macos-arm64.dmg from dist/deskdl.app (PyInstaller's BUNDLE output).
#
#   packaging/macos/make_dmg.sh dist/deskdl.app 0.1.0 dist
#
# Apple Silicon only: TensorFlow 2.21 publishes no Intel-Mac wheels, so the build machine must be an
# arm64 Mac (GitHub's macos-14 runners are). The image holds the app and a link to /Applications,
# so a user drags one onto the other. hdiutil only; no create-dmg or other download needed.
#
# The app is ad-hoc signed by PyInstaller (arm64 requires a signature), not notarised. Set
# DESKDL_CODESIGN_IDENTITY for a Developer ID signature before this script and notarise the .dmg
# afterwards (xcrun notarytool submit ... --wait; xcrun stapler staple ...) to avoid the Gatekeeper
# prompt; the README's lab-admin section says what to do without it.
set -euo pipefail

app=${1:?usage: make_dmg.sh PATH/TO/deskdl.app VERSION OUTDIR}
version=${2:?version}
outdir=${3:?output folder}
arch=$(uname -m)
if [ "$arch" != "arm64" ]; then
  echo "make_dmg.sh: this is an $arch Mac; deskdl's macOS build needs Apple Silicon (arm64)" >&2
  exit 2
fi

dmg="$outdir/deskdl-$version-macos-arm64.dmg"
staging=$(mktemp -d -t deskdl-dmg)
trap 'rm -rf "$staging"' EXIT

# ditto keeps symlinks, extended attributes and the code signature intact (cp -R may not).
ditto "$app" "$staging/deskdl.app"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"

# hdiutil sometimes fails with "Resource busy" on CI runners right after a big copy: retry.
for attempt in 1 2 3 4 5; do
  if hdiutil create -volname "deskdl $version" -srcfolder "$staging" -fs HFS+ \
       -format UDZO -imagekey zlib-level=9 -ov "$dmg"; then
    break
  fi
  if [ "$attempt" = 5 ]; then
    echo "make_dmg.sh: hdiutil create failed 5 times" >&2
    exit 1
  fi
  sleep $((attempt * 5))
done
hdiutil verify "$dmg"
echo "$dmg"
