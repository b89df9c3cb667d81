#!/usr/bin/env bash
# Makes sure a Chromium is available for Podium — the one implementation behind `npm run setup` (this
# repository) and `podium setup` (any project that installed Podium). Plain bash: runs before or without
# node_modules. Search order matches findChromium() in src/browser/browser.ts:
#   $PUPPETEER_EXECUTABLE_PATH > system installs > Puppeteer's cache > download > apt-get (root only).
# $PUPPETEER_BIN: Puppeteer's CLI (to download chrome-headless-shell); skipped when unset or missing.
# scripts/setup.sh sources this file for its helpers (log, have, apt_install …) and find_or_install_chrome.
set -euo pipefail

log()  { printf '%s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die()  { printf 'error: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [[ "$(id -u)" -eq 0 ]]; }
with_timeout() { # with_timeout SECONDS CMD... (no-op wrapper where coreutils timeout is missing)
  local secs=$1; shift
  if have timeout; then timeout -k 5 "$secs" "$@"; else "$@"; fi
}

APT_UPDATED=0
apt_install() { # apt_install PKG... ; returns non-zero instead of exiting
  is_root && have apt-get || return 1
  export DEBIAN_FRONTEND=noninteractive
  if [[ $APT_UPDATED -eq 0 ]]; then
    apt-get update -qq >/dev/null || return 1
    APT_UPDATED=1
  fi
  apt-get install -y -qq "$@" >/dev/null || return 1
}

# --- Chromium ---------------------------------------------------------------------------------------
# find_or_install_chrome: sets CHROME and CHROME_VERSION, or exits with what to do.
find_or_install_chrome() {
  CHROME=""
  CHROME_VERSION=""

  # try_chrome PATH: accept PATH if it is an executable that answers --version.
  try_chrome() {
    local p=$1 v
    [[ -n "$p" && -f "$p" && -x "$p" ]] || return 1
    v=$(with_timeout 20 "$p" --version 2>/dev/null | head -n 1) || return 1
    v=${v%"${v##*[![:space:]]}"} # trim trailing whitespace
    [[ -n "$v" ]] || return 1
    CHROME=$p CHROME_VERSION=$v
  }

  find_system_chrome() {
    local p name
    for p in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome \
             /usr/bin/google-chrome-stable /opt/google/chrome/chrome /snap/bin/chromium; do
      try_chrome "$p" && return 0
    done
    for name in chromium chromium-browser google-chrome google-chrome-stable; do
      p=$(command -v "$name" 2>/dev/null) && try_chrome "$p" && return 0
    done
    return 1
  }

  find_cached_chrome() {
    local cache=${PUPPETEER_CACHE_DIR:-$HOME/.cache/puppeteer} p
    [[ -d "$cache" ]] || return 1
    # chrome-headless-shell first, newest build first (same preference as browser.ts)
    while IFS= read -r p; do
      try_chrome "$p" && return 0
    done < <( { find "$cache/chrome-headless-shell" -maxdepth 3 -type f -name chrome-headless-shell 2>/dev/null | sort -rV
                find "$cache/chrome" -maxdepth 3 -type f -name chrome 2>/dev/null | sort -rV; } )
    return 1
  }

  download_chrome() {
    local out why
    [[ -n "${PUPPETEER_BIN:-}" && -f "$PUPPETEER_BIN" ]] || return 1
    log "No system Chromium; trying to download chrome-headless-shell into Puppeteer's cache..."
    # Explicit browser name: downloads even though PUPPETEER_SKIP_DOWNLOAD is set (that only affects npm ci).
    if out=$(with_timeout 120 node "$PUPPETEER_BIN" browsers install chrome-headless-shell 2>&1); then
      return 0
    fi
    # keep the error and its causes, not yargs' usage text or the stack trace
    why=$(printf '%s\n' "$out" | grep -E '^(Error|[A-Za-z]*Error:|  - )' | head -n 3) || why=$(printf '%s\n' "$out" | tail -n 1)
    warn "chrome-headless-shell download failed (browser downloads may be blocked here):"
    printf '%s\n' "$why" | sed 's/^/    /' >&2
    return 1
  }

  if [[ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ]]; then
    # Explicitly set but unusable is an error, not something to silently skip (findChromium agrees).
    [[ -f "$PUPPETEER_EXECUTABLE_PATH" && -x "$PUPPETEER_EXECUTABLE_PATH" ]] \
      || die "PUPPETEER_EXECUTABLE_PATH=$PUPPETEER_EXECUTABLE_PATH is not an executable file; fix it or unset it"
    try_chrome "$PUPPETEER_EXECUTABLE_PATH" \
      || { CHROME=$PUPPETEER_EXECUTABLE_PATH; CHROME_VERSION="version unknown: --version failed"; }
  elif find_system_chrome || find_cached_chrome; then
    :
  elif download_chrome && find_cached_chrome; then
    :
  elif is_root && have apt-get; then
    log "Installing chromium with apt-get..."
    if apt_install chromium; then
      find_system_chrome || die "apt-get installed chromium but it does not run (try: chromium --version)"
    else
      die "apt-get install chromium failed; install Chrome/Chromium yourself or set PUPPETEER_EXECUTABLE_PATH"
    fi
  else
    cat >&2 <<'EOF'
error: no Chrome/Chromium found, and none could be downloaded or installed.
  Either install one (Debian/Ubuntu: sudo apt-get install chromium; or Google Chrome),
  or point Podium at an existing binary:  export PUPPETEER_EXECUTABLE_PATH=/path/to/chrome
  then run setup again (`npm run setup` in Podium's repository, `npx podium setup` elsewhere).
EOF
    exit 1
  fi
  log "Chromium: $CHROME ($CHROME_VERSION)"
}

# Run directly (`podium setup`): find or install it. Sourced (scripts/setup.sh): only define the functions.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then find_or_install_chrome; fi
