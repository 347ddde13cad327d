#!/bin/sh
# Install deskdl from the unpacked .tar.gz (run it from inside the unpacked deskdl/ folder).
#
#   ./install.sh            per user: ~/.local/opt/deskdl, menu entry in ~/.local/share (no root)
#   sudo ./install.sh --system   every account: /opt/deskdl, menu entry in /usr/share, link in /usr/local/bin
#   ./install.sh --uninstall [--system]
#
# Needs nothing from the internet. Qt needs a few system libraries that desktop distributions
# already have (libEGL, libGL, libxkbcommon, libfontconfig, libdbus; for X11 also libxcb-cursor0,
# libxcb-icccm4 and libxcb-keysyms1, unless the build machine had them and bundled them).
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
mode=user
action=install
for arg in "$@"; do
  case "$arg" in
    --system) mode=system ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

if [ "$mode" = system ]; then
  prefix=/opt/deskdl; share=/usr/share; bindir=/usr/local/bin
else
  prefix="$HOME/.local/opt/deskdl"; share="${XDG_DATA_HOME:-$HOME/.local/share}"; bindir="$HOME/.local/bin"
fi

if [ "$action" = uninstall ]; then
  rm -rf "$prefix" "$share/applications/deskdl.desktop" "$bindir/deskdl" \
         "$share/icons/hicolor/256x256/apps/deskdl.png" "$share/icons/hicolor/scalable/apps/deskdl.svg" \
         "$share/mime/packages/deskdl-mime.xml"
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" >/dev/null 2>&1 || true
  echo "deskdl removed from $prefix"
  exit 0
fi

if [ "$here" != "$prefix" ]; then
  rm -rf "$prefix.new"
  mkdir -p "$(dirname "$prefix")"
  cp -a "$here" "$prefix.new"
  rm -rf "$prefix"
  mv "$prefix.new" "$prefix"
fi
mkdir -p "$share/applications" "$share/icons/hicolor/256x256/apps" "$share/icons/hicolor/scalable/apps" \
         "$share/mime/packages" "$bindir"
sed "s|^Exec=deskdl|Exec=\"$prefix/deskdl\"|" "$here/share/deskdl.desktop" > "$share/applications/deskdl.desktop"
cp "$here/share/deskdl.png" "$share/icons/hicolor/256x256/apps/deskdl.png"
cp "$here/share/deskdl.svg" "$share/icons/hicolor/scalable/apps/deskdl.svg"
cp "$here/share/deskdl-mime.xml" "$share/mime/packages/deskdl-mime.xml"
ln -sf "$prefix/deskdl" "$bindir/deskdl"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" >/dev/null 2>&1 || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$share/applications" >/dev/null 2>&1 || true
echo "deskdl installed in $prefix; start it from the applications menu or with: $bindir/deskdl"
echo "check it with: $prefix/deskdl --self-test"
