#!/usr/bin/env bash
# AppImage recipe: turn the one-folder build (dist/deskdl) into deskdl-<version>-x86_64.AppImage.
#
#   packaging/linux/make_appimage.sh dist/deskdl 0.1.0 dist
#
# Lays out dist/deskdl.AppDir (AppRun, .desktop, icons, app under usr/lib/deskdl), then runs
# appimagetool if it is on PATH. appimagetool is a download from the AppImage project (not in
# PyPI or Debian), so on machines without it the script stops after the AppDir and prints the
# command to finish with; the tested Linux artefact is the .tar.gz that build.py makes.
# The AppImage runs on glibc at least as new as the build machine's: build on the oldest
# distribution the labs use (or in a manylinux_2_28 container).
set -euo pipefail

bundle=${1:?usage: make_appimage.sh PATH/TO/dist/deskdl VERSION OUTDIR}
version=${2:?version}
outdir=${3:?output folder}
here="$(cd "$(dirname "$0")" && pwd)"
icons="$here/../icons"
appdir="$outdir/deskdl.AppDir"

rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications" "$appdir/usr/share/metainfo" \
         "$appdir/usr/share/icons/hicolor/256x256/apps" "$appdir/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$appdir/usr/lib/deskdl"
install -m 755 "$here/AppRun" "$appdir/AppRun"
install -m 644 "$here/deskdl.desktop" "$appdir/deskdl.desktop"
install -m 644 "$here/deskdl.desktop" "$appdir/usr/share/applications/deskdl.desktop"
install -m 644 "$here/org.deskdl.deskdl.metainfo.xml" "$appdir/usr/share/metainfo/org.deskdl.deskdl.metainfo.xml"
install -m 644 "$icons/deskdl-256.png" "$appdir/deskdl.png"
install -m 644 "$icons/deskdl-256.png" "$appdir/usr/share/icons/hicolor/256x256/apps/deskdl.png"
install -m 644 "$icons/deskdl.svg" "$appdir/usr/share/icons/hicolor/scalable/apps/deskdl.svg"
ln -sf deskdl.png "$appdir/.DirIcon"

out="$outdir/deskdl-$version-x86_64.AppImage"
if command -v appimagetool >/dev/null 2>&1; then
  ARCH=x86_64 appimagetool --no-appstream "$appdir" "$out"
  echo "$out"
else
  echo "make_appimage.sh: AppDir ready at $appdir; appimagetool is not installed here." >&2
  echo "  finish on a machine that has it:  ARCH=x86_64 appimagetool $appdir $out" >&2
fi
