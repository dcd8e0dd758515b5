// Installs the Debian packages a test tool needs, when we are root on a machine with apt (a fresh
// CI machine); elsewhere the caller says what to install.
// Without recommends: the tools need only their dependencies, and the callers name the few
// recommends that count (a font for the pages' text, Mesa's GL drivers for WebKitGTK), which a bare
// Debian image lacks. With every recommend, WebKitGTK alone brought in GStreamer's codecs,
// ImageMagick, Ghostscript and a speech recogniser: on a fresh machine the three installs took 88 s
// for 323 packages, against 38 s for 81 without (4 December).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const canInstallWithApt = () => typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');

/** Runs apt-get for `packages`; the caller checks what it finds afterwards, and reports a failure. */
export function aptInstall(packages) {
  const list = packages.join(' ');
  try {
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${list}`, {
      stdio: 'inherit'
    });
  } catch {
    // reported by the caller, which says what to install by hand
  }
}
