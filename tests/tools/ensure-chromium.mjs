// Browser tests use Debian's Chromium (browsers cannot be downloaded here, so never
// `playwright install`). This finds it, installs it with apt when we are root, or says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = () => candidates.find((p) => existsSync(p));

if (found()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log("Chromium not found: installing Debian's chromium package (apt-get install -y chromium)…");
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    // reported below
  }
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
