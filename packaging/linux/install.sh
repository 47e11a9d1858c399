#!/bin/sh
# Install edtrainer's Linux bundle for the current user, without root, or remove it again:
#
#     tar xzf edtrainer-VERSION-linux-x86_64.tar.gz && edtrainer/install.sh
#     ~/.local/opt/edtrainer/install.sh --uninstall
#
# Puts the bundle in ~/.local/opt/edtrainer, a launcher in ~/.local/bin/edtrainer, and the menu entry, icons
# and AppStream metainfo in ~/.local/share (or $XDG_DATA_HOME). Running it again installs afresh (an upgrade).
# --uninstall removes exactly those files. The user's data (the database, backups, the signing key: the
# folder edtrainer.paths.data_dir() names, ~/.local/share/edtrainer) and settings are never touched.
#
# From a checkout (packaging/linux/): install.sh --bundle dist/edtrainer
set -eu

APP_ID=nl.edtrainer.Edtrainer
ICON_SIZES="16 24 32 48 64 128 256 512"
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=$HOME/.local/opt/edtrainer
BIN_DIR=$HOME/.local/bin
USER_DATA=$DATA_HOME/edtrainer

# Messages in Dutch when the session is Dutch, otherwise in English.
case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in nl*) DUTCH=1 ;; *) DUTCH=0 ;; esac
say() { if [ "$DUTCH" = 1 ]; then printf '%s\n' "$1"; else printf '%s\n' "$2"; fi; }
fail() { say "edtrainer-installatie: $1" "edtrainer install: $2" >&2; exit 1; }

usage() {
  say "Gebruik: install.sh [--bundle MAP] [--uninstall]
  Installeert edtrainer voor u alleen (zonder beheerdersrechten) in $APP_DIR,
  met een snelkoppeling in het menu. --uninstall haalt het weer weg; uw gegevens blijven staan." \
      "Usage: install.sh [--bundle FOLDER] [--uninstall]
  Installs edtrainer for you alone (no administrator rights) in $APP_DIR,
  with an entry in the applications menu. --uninstall removes it again; your data stays."
}

MODE=install
BUNDLE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) MODE=uninstall ;;
    --bundle) [ $# -ge 2 ] || fail "--bundle heeft een map nodig" "--bundle needs a folder"; BUNDLE=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; fail "onbekende optie: $1" "unknown option: $1" ;;
  esac
  shift
done

# Never install into (or remove) the user's data folder, whatever HOME and XDG_DATA_HOME say.
case "$APP_DIR/" in "$USER_DATA"/*) fail "$APP_DIR ligt in de gegevensmap $USER_DATA" \
                                         "$APP_DIR is inside the data folder $USER_DATA" ;; esac

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$DATA_HOME/icons/hicolor" ]; then
    gtk-update-icon-cache -q -f -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
  fi
}

remove_integration() {
  rm -f "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml" \
        "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
  for size in $ICON_SIZES; do rm -f "$DATA_HOME/icons/hicolor/${size}x$size/apps/$APP_ID.png"; done
  # The launcher only if it is ours: a symbolic link into the app's folder.
  if [ -L "$BIN_DIR/edtrainer" ]; then
    case "$(readlink "$BIN_DIR/edtrainer")" in "$APP_DIR"/*) rm -f "$BIN_DIR/edtrainer" ;; esac
  fi
}

if [ "$MODE" = uninstall ]; then
  remove_integration
  if [ -e "$APP_DIR" ]; then
    [ -x "$APP_DIR/edtrainer" ] || fail "$APP_DIR bevat geen edtrainer; niets verwijderd" \
                                        "$APP_DIR holds no edtrainer; nothing removed"
    rm -rf "$APP_DIR"
    rmdir "$(dirname "$APP_DIR")" 2>/dev/null || true  # ~/.local/opt, if nothing else is in it
  fi
  refresh_caches
  say "edtrainer is verwijderd. Uw gegevens staan nog in $USER_DATA." \
      "edtrainer is removed. Your data is still in $USER_DATA."
  exit 0
fi

# The bundle: --bundle, or the folder this script is in (the unpacked archive's edtrainer/).
[ -n "$BUNDLE" ] || BUNDLE=$HERE
[ -d "$BUNDLE" ] || fail "map $BUNDLE bestaat niet" "folder $BUNDLE does not exist"
BUNDLE=$(cd "$BUNDLE" && pwd)
[ -x "$BUNDLE/edtrainer" ] || fail "$BUNDLE/edtrainer ontbreekt: pak eerst het archief uit" \
                                   "$BUNDLE/edtrainer is missing: unpack the archive first"
# The desktop entry and metainfo sit beside this script (in the archive and in packaging/linux/); the icons
# in the bundle's resources (PyInstaller 6 puts them under _internal/), or in the checkout.
for file in "$APP_ID.desktop" "$APP_ID.metainfo.xml"; do
  [ -f "$HERE/$file" ] || fail "$HERE/$file ontbreekt" "$HERE/$file is missing"
done
ICONS=""
for dir in "$BUNDLE/_internal/resources/icons" "$BUNDLE/resources/icons" "$HERE/../../resources/icons"; do
  if [ -f "$dir/edtrainer.svg" ]; then ICONS=$dir; break; fi
done
[ -n "$ICONS" ] || fail "de pictogrammen ontbreken in $BUNDLE" "the icons are missing in $BUNDLE"

# The app: copied next to its place, then swapped in, so a failed copy leaves the old version working.
if [ "$BUNDLE" != "$APP_DIR" ]; then
  mkdir -p "$(dirname "$APP_DIR")"
  rm -rf "$APP_DIR.new"
  cp -R "$BUNDLE" "$APP_DIR.new"
  for file in install.sh "$APP_ID.desktop" "$APP_ID.metainfo.xml"; do  # so that --uninstall works from there
    cp "$HERE/$file" "$APP_DIR.new/$file"
  done
  rm -rf "$APP_DIR.old"
  if [ -e "$APP_DIR" ]; then mv "$APP_DIR" "$APP_DIR.old"; fi
  mv "$APP_DIR.new" "$APP_DIR"
  rm -rf "$APP_DIR.old"
fi

remove_integration
mkdir -p "$BIN_DIR" "$DATA_HOME/applications" "$DATA_HOME/metainfo" "$DATA_HOME/icons/hicolor/scalable/apps"
if [ -e "$BIN_DIR/edtrainer" ] || [ -L "$BIN_DIR/edtrainer" ]; then
  say "Let op: $BIN_DIR/edtrainer bestaat al en is niet van deze installatie; die blijft staan." \
      "Note: $BIN_DIR/edtrainer exists and is not from this installation; it stays as it is."
else
  ln -s "$APP_DIR/edtrainer" "$BIN_DIR/edtrainer"
fi
# The menu entry starts the installed app by its full path: ~/.local/bin is not on every desktop's PATH.
case "$APP_DIR" in *' '*) EXEC="\"$APP_DIR/edtrainer\"" ;; *) EXEC="$APP_DIR/edtrainer" ;; esac
sed -e "s|^Exec=.*|Exec=$EXEC|" -e "s|^TryExec=.*|TryExec=$APP_DIR/edtrainer|" \
    "$HERE/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
cp "$ICONS/edtrainer.svg" "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $ICON_SIZES; do
  mkdir -p "$DATA_HOME/icons/hicolor/${size}x$size/apps"
  cp "$ICONS/edtrainer-$size.png" "$DATA_HOME/icons/hicolor/${size}x$size/apps/$APP_ID.png"
done
refresh_caches

say "edtrainer staat in $APP_DIR en in het menu (Kantoor, Onderwijs)." \
    "edtrainer is installed in $APP_DIR and in the applications menu (Office, Education)."
case ":$PATH:" in
  *":$BIN_DIR:"*) say "Start het met: edtrainer" "Start it with: edtrainer" ;;
  *) say "Start het met: $APP_DIR/edtrainer ($BIN_DIR staat niet in uw PATH)" \
         "Start it with: $APP_DIR/edtrainer ($BIN_DIR is not on your PATH)" ;;
esac
say "Verwijderen: $APP_DIR/install.sh --uninstall (uw gegevens in $USER_DATA blijven staan)" \
    "To remove: $APP_DIR/install.sh --uninstall (your data in $USER_DATA stays)"
