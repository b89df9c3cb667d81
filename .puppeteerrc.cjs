// Puppeteer must never download a browser during `npm ci`: scripts/setup.sh finds or installs one
// (system Chrome/Chromium, Puppeteer's cache, or Debian's chromium) and src/export/browser.ts uses it.
module.exports = { skipDownload: true };
