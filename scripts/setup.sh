#!/usr/bin/env bash
# Podium setup: npm dependencies, a Chromium for PDF export/tests, and pdftoppm for the test suite.
# Runs before node_modules exists, so plain bash only. Safe to re-run; fast when nothing is missing.
# Chromium search order matches findChromium() in src/browser/browser.ts:
#   $PUPPETEER_EXECUTABLE_PATH > system installs > Puppeteer's cache (> download) > apt-get (root only).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Puppeteer must never download during `npm ci` (see .puppeteerrc.cjs); we pick the browser below.
export PUPPETEER_SKIP_DOWNLOAD=1

# log, warn, die, have, is_root, with_timeout, apt_install and find_or_install_chrome: one copy, shared with
# `podium setup` (which runs that file directly).
source scripts/setup-browser.sh

# --- 1. npm dependencies -----------------------------------------------------------------------
have npm || die "npm not found: install Node.js 20.19+ first"
if [[ ! -d node_modules || ! -f node_modules/.package-lock.json \
      || package-lock.json -nt node_modules/.package-lock.json ]]; then
  log "Installing npm dependencies (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
else
  log "npm dependencies up to date"
fi

# --- 2. Chromium: the same script `podium setup` runs in a user's project ---------------------------
PUPPETEER_BIN=node_modules/.bin/puppeteer find_or_install_chrome

# --- 3. pdftoppm (poppler-utils) and qpdf, used by the test suite to render and validate PDFs ----
if ! have pdftoppm && is_root && have apt-get; then
  log "Installing poppler-utils (pdftoppm) with apt-get..."
  apt_install poppler-utils || true
fi
if have pdftoppm; then
  PDFTOPPM_VERSION=$(pdftoppm -v 2>&1 | head -n 1 | sed 's/^pdftoppm version //') || true
  log "pdftoppm: $(command -v pdftoppm) (${PDFTOPPM_VERSION:-version unknown})"
else
  warn "pdftoppm not found; PDF rendering tests need it (Debian/Ubuntu: apt-get install poppler-utils, macOS: brew install poppler)"
fi

if ! have qpdf && is_root && have apt-get; then
  log "Installing qpdf with apt-get..."
  apt_install qpdf || true
fi
if have qpdf; then
  log "qpdf: $(command -v qpdf) ($(qpdf --version 2>/dev/null | head -n 1))"
else
  warn "qpdf not found; the PDF validator tests will be skipped (Debian/Ubuntu: apt-get install qpdf)"
fi
