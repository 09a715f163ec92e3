#!/bin/sh
# Install the packaged app for the current user: the app folder, a claim-reader command, the
# desktop entry and the icons, so that it shows in the applications menu and in "Open with".
#   install-desktop.sh [APP_FOLDER]   install APP_FOLDER (default: dist/claim-reader)
#   install-desktop.sh --uninstall    remove what an install added
set -eu

SOURCE=$(cd "$(dirname "$0")/../.." && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=${XDG_BIN_HOME:-$HOME/.local/bin}
APP=$DATA/claim-reader/app
ENTRY=$DATA/applications/claim-reader.desktop
ICONS=$DATA/icons/hicolor

refresh_desktop() {
    # Desktops read these caches to list the app under "Open with" and to find its icon.
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$DATA/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [ -f "$ICONS/index.theme" ]; then
        gtk-update-icon-cache -q -f -t "$ICONS" || true
    fi
}

uninstall() {
    rm -rf "$DATA/claim-reader" "$ENTRY" "$ICONS/scalable/apps/claim-reader.svg"
    rm -f "$ICONS"/*/apps/claim-reader.png
    if [ -L "$BIN/claim-reader" ]; then rm -f "$BIN/claim-reader"; fi
    refresh_desktop
    echo "Removed Claim Reader."
}

install_app() {
    bundle=$1
    if [ ! -x "$bundle/claim-reader" ]; then
        echo "install-desktop: no packaged app in $bundle; run 'make package' first." >&2
        exit 2
    fi
    bundle=$(cd "$bundle" && pwd)
    # Copy beside the old app, then swap, so a failed copy leaves the installed app whole.
    mkdir -p "$DATA/claim-reader" "$BIN" "$DATA/applications" "$ICONS/scalable/apps"
    rm -rf "$APP.new"
    cp -R "$bundle" "$APP.new"
    rm -rf "$APP"
    mv "$APP.new" "$APP"
    ln -sfn "$APP/claim-reader" "$BIN/claim-reader"
    sed "s|^Exec=.*|Exec=\"$APP/claim-reader\" %F|" "$SOURCE/packaging/linux/claim-reader.desktop" \
        > "$ENTRY.new"
    mv "$ENTRY.new" "$ENTRY"
    for png in "$SOURCE"/resources/icons/hicolor/*/apps/claim-reader.png; do
        size=$(basename "$(dirname "$(dirname "$png")")")
        mkdir -p "$ICONS/$size/apps"
        cp "$png" "$ICONS/$size/apps/claim-reader.png"
    done
    cp "$SOURCE/resources/claim-reader.svg" "$ICONS/scalable/apps/claim-reader.svg"
    refresh_desktop
    echo "Installed Claim Reader in $APP: open it from the applications menu,"
    echo "or open an article with it from the file manager (right click, Open With)."
}

case "${1:-}" in
    --uninstall) uninstall ;;
    -*) echo "usage: install-desktop.sh [APP_FOLDER] | --uninstall" >&2; exit 2 ;;
    *) install_app "${1:-$SOURCE/dist/claim-reader}" ;;
esac
