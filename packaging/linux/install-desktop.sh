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
CONFIG=${XDG_CONFIG_HOME:-$HOME/.config}
# The reader's choices of default applications, which desktops read before anything else.
DEFAULTS=$CONFIG/mimeapps.list
# The defaults this install wrote down for the reader (so that uninstalling takes them back).
PINNED=$DATA/claim-reader/pinned-defaults

refresh_desktop() {
    # Desktops read these caches to list the app under "Open with" and to find its icon.
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$DATA/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [ -f "$ICONS/index.theme" ]; then
        gtk-update-icon-cache -q -f -t "$ICONS" || true
    fi
}

# The application that opens a MIME type now, from the system's lists: its desktop entry name.
current_default() {
    type=$1
    for dir in $(printf '%s' "${XDG_CONFIG_DIRS:-/etc/xdg}" | tr ':' ' '); do
        found=$(default_in "$dir/mimeapps.list" "$type" "")
        if [ -n "$found" ]; then echo "$found"; return; fi
    done
    for dir in $(printf '%s' "${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" | tr ':' ' '); do
        for list in "$dir/applications/mimeapps.list" "$dir/applications/mimeinfo.cache"; do
            found=$(default_in "$list" "$type" "$dir/applications")
            if [ -n "$found" ]; then echo "$found"; return; fi
        done
    done
}

# The first application a list gives for a type, if its entry exists (when a folder is given).
default_in() {
    [ -f "$1" ] || return 0
    first=$(grep -m1 "^$2=" "$1" | cut -d= -f2 | cut -d';' -f1)
    if [ -n "$first" ] && [ "$first" != claim-reader.desktop ] \
            && { [ -z "$3" ] || [ -f "$3/$first" ]; }; then
        echo "$first"
    fi
}

# A user entry offering a type becomes its default unless the reader chose one: write down the
# application that opens each type now, so that Claim Reader is only added to "Open with".
keep_current_defaults() {
    types=$(grep '^MimeType=' "$SOURCE/packaging/linux/claim-reader.desktop" | cut -d= -f2 | tr ';' ' ')
    for type in $types; do
        if [ -f "$DEFAULTS" ] && awk -v type="$type" '/^\[/ { section = $0 } section == "[Default Applications]" \
                && index($0, type "=") == 1 { found = 1 } END { exit !found }' "$DEFAULTS"; then
            continue  # the reader chose already
        fi
        app=$(current_default "$type")
        [ -n "$app" ] || continue  # nothing else opens it: Claim Reader may
        add_default "$type=$app;"
        echo "$type=$app;" >> "$PINNED"
    done
}

# Add a line under [Default Applications], making the file and the section if there is none.
add_default() {
    mkdir -p "$CONFIG"
    [ -f "$DEFAULTS" ] || : > "$DEFAULTS"
    if grep -q '^\[Default Applications\]' "$DEFAULTS"; then
        awk -v line="$1" '{ print } $0 == "[Default Applications]" { print line }' "$DEFAULTS" \
            > "$DEFAULTS.new"
    else
        { cat "$DEFAULTS"; printf '[Default Applications]\n%s\n' "$1"; } > "$DEFAULTS.new"
    fi
    mv "$DEFAULTS.new" "$DEFAULTS"
}

# Take back the defaults an install wrote down, unless the reader changed them since.
forget_pinned_defaults() {
    [ -f "$PINNED" ] && [ -f "$DEFAULTS" ] || return 0
    grep -v -x -F -f "$PINNED" "$DEFAULTS" > "$DEFAULTS.new" || true
    if grep -q -v -e '^\[Default Applications\]$' -e '^$' "$DEFAULTS.new"; then
        mv "$DEFAULTS.new" "$DEFAULTS"
    else
        rm -f "$DEFAULTS.new" "$DEFAULTS"  # nothing left but the section we made
    fi
}

uninstall() {
    forget_pinned_defaults
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
    if [ ! -f "$ENTRY" ]; then  # a reinstall keeps what the first install wrote down
        keep_current_defaults
    fi
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
    echo "It is not made the default application of any file type already opened by another."
}

case "${1:-}" in
    --uninstall) uninstall ;;
    -*) echo "usage: install-desktop.sh [APP_FOLDER] | --uninstall" >&2; exit 2 ;;
    *) install_app "${1:-$SOURCE/dist/claim-reader}" ;;
esac
