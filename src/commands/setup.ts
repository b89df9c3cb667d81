// `podium setup`: make sure a Chromium is available, exactly as `npm run setup` does in Podium's own
// repository — both run scripts/setup-browser.sh (one implementation, shipped in the package).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fail } from '../errors.ts';
import { dependencyDir, PKG_ROOT } from '../paths.ts';

export const SETUP_SCRIPT = path.join(PKG_ROOT, 'scripts', 'setup-browser.sh');

export function setupCommand(): void {
  let puppeteerBin = '';
  try { puppeteerBin = path.join(dependencyDir('puppeteer'), 'lib/cjs/puppeteer/node/cli.js'); } catch { /* no download then */ }
  const r = spawnSync('bash', [SETUP_SCRIPT], { stdio: 'inherit', env: { ...process.env, PUPPETEER_BIN: puppeteerBin } });
  if (r.error) fail(`setup: cannot run bash: ${r.error.message}`, undefined, 'install bash, or set PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium binary');
  process.exitCode = r.status ?? 1;
}
