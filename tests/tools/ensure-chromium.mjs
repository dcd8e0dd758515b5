// Browser tests use Debian's Chromium (browsers cannot be downloaded here, so never
// `playwright install`). This finds it, installs it with apt when we are root, or says what to do.
import { existsSync } from 'node:fs';
import { aptInstall, canInstallWithApt } from './apt-install.mjs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = () => candidates.find((p) => existsSync(p));

if (found()) process.exit(0);

if (canInstallWithApt()) {
  console.log("Chromium not found: installing Debian's chromium package with apt-get…");
  // Liberation, Chromium's own recommend, for pages' text (Latin and Greek) on a machine with no font.
  aptInstall(['chromium', 'fonts-liberation']);
  if (found()) process.exit(0);
}

console.error(
  [
    'Browser tests need Chromium, and none was found.',
    'On Debian or Ubuntu, install it with:  sudo apt-get install -y chromium',
    'Or point CHROMIUM_PATH at an existing Chromium or Chrome binary, e.g.',
    '  CHROMIUM_PATH=/path/to/chrome npm test'
  ].join('\n')
);
process.exit(1);
