#!/bin/sh
# Adds Roundtable to this user's application menu, pointing at the folder this script is in
# (the unpacked .tar.gz). Writes only under ~/.local/share; run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps"
cp "$here/roundtable.png" "$data/icons/hicolor/256x256/apps/roundtable.png"
sed "s|^Exec=roundtable|Exec=\"$here/roundtable\"|" "$here/roundtable.desktop" \
  > "$data/applications/roundtable.desktop"
echo "Roundtable added to the application menu ($data/applications/roundtable.desktop)"
