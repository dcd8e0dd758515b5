// The WebKit suite drives Debian's WebKitGTK (the engine family of every iPad browser) through its
// WebDriver, in a virtual display. This finds the pieces, installs them with apt when we are root,
// or says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findWebKit } from './webkit-binaries.mjs';

const missing = () =>
  Object.entries(findWebKit())
    .filter(([, path]) => !path)
    .map(([name]) => name);

if (missing().length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`WebKit suite: ${missing().join(', ')} not found: installing webkit2gtk-driver and xvfb with apt-get…`);
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq webkit2gtk-driver xvfb', { stdio: 'inherit' });
  } catch {
    // reported below
  }
  if (missing().length === 0) process.exit(0);
}

console.error(
  [
    `The WebKit browser tests need WebKitGTK's WebDriver, its MiniBrowser and Xvfb; missing: ${missing().join(', ')}.`,
    'On Debian or Ubuntu, install them with:  sudo apt-get install -y webkit2gtk-driver xvfb',
    '(MiniBrowser comes with libwebkit2gtk-4.1-0; set WEBKIT_MINIBROWSER to use one elsewhere.)'
  ].join('\n')
);
process.exit(1);
