#!/usr/bin/env bash
# Runs a command against a real Secret Service: a private D-Bus session with gnome-keyring,
# headless (no X11). Adapted from the verified recipe in /work/shared/recipes/keyring-session.sh.
#   bash scripts/with-keyring.sh npx vitest run -c vitest.keychain.config.ts
# Prerequisites (Debian): libsecret-1-dev gnome-keyring dbus dbus-x11.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 command [args...]" >&2; exit 2; }
cd "$(dirname "$0")/.."
for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
  command -v "$tool" >/dev/null || { echo "with-keyring: '$tool' is missing (apt-get install gnome-keyring dbus dbus-x11)" >&2; exit 1; }
done
# One folder per run: several runs on one machine must not share (or delete) each other's keyring.
KEYRING_HOME="$PWD/.keyring-home/run-$$"
export KEYRING_HOME
exec dbus-run-session -- bash -euo pipefail -c '
  rm -rf "$KEYRING_HOME"; mkdir -p -m 700 "$KEYRING_HOME"
  # The daemon alone gets the private HOME (it writes ~/.local/share/keyrings); the command keeps
  # the real one. Foreground in the background: we know its PID and stop it ourselves, because a
  # daemonized gnome-keyring-daemon can outlive the D-Bus session.
  echo -n partner-desk-test | HOME="$KEYRING_HOME" gnome-keyring-daemon --foreground --unlock --components=secrets \
    > "$KEYRING_HOME/gkd.env" 2> "$KEYRING_HOME/gkd.log" &
  GKD_PID=$!
  trap "kill $GKD_PID 2>/dev/null || true; rm -rf \"$KEYRING_HOME\"" EXIT
  ready=no
  for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
      ready=yes; break
    fi
    sleep 0.1
  done
  if [ "$ready" != yes ]; then
    echo "with-keyring: org.freedesktop.secrets did not appear on the session bus" >&2
    cat "$KEYRING_HOME/gkd.log" >&2 || true
    exit 1
  fi
  set -a; . "$KEYRING_HOME/gkd.env"; set +a
  export PARTNER_DESK_KEYRING=gnome-keyring
  "$@"
' bash "$@"
