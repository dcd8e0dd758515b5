// The report's print test reads the PDF's word boxes with poppler's pdftotext (Debian package
// poppler-utils). This finds it, installs it with apt when we are root, or says what to do.
import { execSync } from 'node:child_process';
import { aptInstall, canInstallWithApt } from './apt-install.mjs';

const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

if (has('pdftotext')) process.exit(0);

if (canInstallWithApt()) {
  console.log("pdftotext not found: installing Debian's poppler-utils package with apt-get…");
  aptInstall(['poppler-utils']);
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
