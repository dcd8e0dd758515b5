// Where Debian's WebKitGTK pieces live: the WebDriver, the virtual display and the browser it drives.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} name */
const onPath = (name) =>
  (process.env.PATH ?? '/usr/bin:/bin')
    .split(':')
    .map((dir) => join(dir, name))
    .find((path) => existsSync(path));

/** MiniBrowser ships in libwebkit2gtk-4.1-0 under the multiarch library folder, not on PATH. */
function miniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return existsSync(process.env.WEBKIT_MINIBROWSER) ? process.env.WEBKIT_MINIBROWSER : undefined;
  const roots = ['/usr/lib', '/usr/libexec', ...(existsSync('/usr/lib') ? readdirSync('/usr/lib').map((d) => join('/usr/lib', d)) : [])];
  for (const root of roots) {
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      const path = join(root, api, 'MiniBrowser');
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

/** The three binaries, each undefined when missing. */
export function findWebKit() {
  return { driver: onPath('WebKitWebDriver'), xvfb: onPath('Xvfb'), browser: miniBrowser() };
}
