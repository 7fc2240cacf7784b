#!/bin/sh
# Puts Belvedere in this user's application menu and opens .belvedere event files with it.
#   ./install.sh           install, for this user (no root needed); run it again after moving the folder
#   ./install.sh --remove  take the menu entry and the file type out again
set -eu

here=$(dirname "$(readlink -f "$0")")
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/belvedere.desktop"
icon="$data/icons/hicolor/256x256/apps/belvedere.png"
file_type="$data/mime/packages/belvedere.xml"

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$data/mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$data/applications"; fi
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$icon" "$file_type"
    refresh
    echo "Belvedere is no longer in the menu; the folder $here is left as it is."
    exit 0
fi

# The program's path as one quoted argument of the entry's Exec line: \ " ` $ are escaped, and the
# escape character itself once more for the file's own string rules; % is doubled.
program=$(printf '%s' "$here/Belvedere" | sed -e 's/[\\"`$]/\\\\&/g' -e 's/%/%%/g')

mkdir -p "$(dirname "$entry")" "$(dirname "$icon")" "$(dirname "$file_type")"
cp "$here/_internal/resources/icons/belvedere.png" "$icon"
cat > "$file_type" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-belvedere">
    <comment>Belvedere event</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <icon name="belvedere"/>
    <glob pattern="*.belvedere" weight="60"/>
  </mime-type>
</mime-info>
XML
cat > "$entry" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Belvedere
GenericName=Event check-in and agenda
Comment=QR-badge check-in, the live agenda timer, badges, sign-in sheets and reports
Exec="$program" %f
Icon=belvedere
Terminal=false
Categories=Office;
MimeType=application/x-belvedere;
Keywords=event;check-in;badges;agenda;registration;
DESKTOP
refresh
if command -v xdg-mime >/dev/null 2>&1; then xdg-mime default belvedere.desktop application/x-belvedere; fi
echo "Belvedere is in the menu, and opens .belvedere files. (Moved the folder? Run ./install.sh again.)"
