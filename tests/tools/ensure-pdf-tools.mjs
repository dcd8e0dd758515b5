// The report's print test reads the PDF's word boxes with poppler's pdftotext (Debian package
// poppler-utils). This finds it, installs it with apt when we are root, or says what to do.
import { execSync } from 'node:child_process';

const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

if (has('pdftotext')) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && has('apt-get')) {
  console.log("pdftotext not found: installing Debian's poppler-utils package (apt-get install -y poppler-utils)…");
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils', { stdio: 'inherit' });
  } catch {
    // reported below
  }
  if (has('pdftotext')) process.exit(0);
}

console.error(
  [
    'The report print test needs pdftotext (poppler), and none was found.',
    'On Debian or Ubuntu, install it with:  sudo apt-get install -y poppler-utils',
    'On macOS with Homebrew:                brew install poppler'
  ].join('\n')
);
process.exit(1);
