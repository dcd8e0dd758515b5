// The WebKit suite drives Debian's WebKitGTK (the engine family of every iPad browser) through its
// WebDriver, in a virtual display. This finds the pieces, installs them with apt when we are root,
// or says what to do.
import { aptInstall, canInstallWithApt } from './apt-install.mjs';
import { findWebKit } from './webkit-binaries.mjs';

const missing = () =>
  Object.entries(findWebKit())
    .filter(([, path]) => !path)
    .map(([name]) => name);

if (missing().length === 0) process.exit(0);

if (canInstallWithApt()) {
  console.log(`WebKit suite: ${missing().join(', ')} not found: installing webkit2gtk-driver and xvfb with apt-get…`);
  // Two of WebKitGTK's recommends: Mesa's GL drivers, which it draws with, and a font for the text.
  aptInstall(['webkit2gtk-driver', 'xvfb', 'libgl1-mesa-dri', 'fonts-liberation']);
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
