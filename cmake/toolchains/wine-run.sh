#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a Windows program under Wine for the tests (the windows-mingw toolchain's emulator): without
# Wine's debug output, in a prefix of its own that is set up once and quietly (Wine's first run in a
# prefix reports what it sets up), and with a UTF-8 character type, so that Wine hands the program
# its UTF-8 arguments as the UTF-16 text they are.
export WINEDEBUG=-all
export WINEPREFIX="${TCCODE_WINEPREFIX:-${HOME:-/tmp}/.wine-tccode}"
export LC_CTYPE=C.UTF-8
wine=$(command -v wine64 || command -v wine || echo /usr/lib/wine/wine64)
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  mkdir -p "$WINEPREFIX"
  (
    flock 9
    [ -f "$WINEPREFIX/system.reg" ] || "$wine" wineboot --init >/dev/null 2>&1
  ) 9>"$WINEPREFIX.lock"
fi
exec "$wine" "$@"
