#!/usr/bin/env bash
# `make dist` on Linux: the PyInstaller one-folder build, then the .tar.gz and the .deb.
# Usage: packaging/build_linux.sh PYTHON   (a Python with the project and PyInstaller installed)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-.venv/bin/python}
version=$("$python" -c 'import roundtable_app; print(roundtable_app.__version__)')
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
machine=$(uname -m)
out=dist
work=build/pyinstaller

rm -rf "$out/roundtable" build/deb build/tar
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$out" --workpath "$work" packaging/roundtable.spec
folder="$out/roundtable"
cp packaging/roundtable.desktop packaging/icons/roundtable.png \
  packaging/install-desktop-entry.sh "$folder/"

# .tar.gz: the folder as it is, unpack anywhere and run ./roundtable
tarball="$out/roundtable-$version-linux-$machine.tar.gz"
tar -C "$out" --owner=0 --group=0 -czf "$tarball" roundtable

# .deb: /opt/roundtable, /usr/bin/roundtable, the menu entry and icons
root=build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a "$folder" "$root/opt/roundtable"
rm "$root/opt/roundtable/install-desktop-entry.sh"  # the package installs the menu entry itself
cat > "$root/usr/bin/roundtable" <<'SH'
#!/bin/sh
exec /opt/roundtable/roundtable "$@"
SH
chmod 0755 "$root/usr/bin/roundtable"
cp packaging/roundtable.desktop "$root/usr/share/applications/roundtable.desktop"
cp packaging/icons/roundtable.png "$root/usr/share/icons/hicolor/256x256/apps/roundtable.png"
cp packaging/icons/roundtable.svg "$root/usr/share/icons/hicolor/scalable/apps/roundtable.svg"
glibc=$("$python" packaging/glibc_floor.py "$folder")
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
  -e "s/@GLIBC@/$glibc/" packaging/deb-control.in > "$root/DEBIAN/control"
find "$root" -type d -exec chmod 0755 {} +
deb="$out/roundtable_${version}_$arch.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null

echo "build:    $folder ($(du -sm "$folder" | cut -f1) MiB unpacked)"
echo "tar.gz:   $tarball ($(du -m "$tarball" | cut -f1) MiB)"
echo "deb:      $deb ($(du -m "$deb" | cut -f1) MiB)"
echo "glibc:    $glibc or newer"
