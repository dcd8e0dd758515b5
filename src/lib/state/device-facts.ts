import type { DeviceFacts } from '$lib/domain/device/install-advice';

/** What this browser says about the device and how Tessera was opened (browser only). */
export function readDeviceFacts(): DeviceFacts {
  const nav = navigator as Navigator & { standalone?: boolean };
  return {
    userAgent: nav.userAgent,
    maxTouchPoints: nav.maxTouchPoints ?? 0,
    standalone: nav.standalone,
    displayModeStandalone: window.matchMedia?.('(display-mode: standalone)').matches ?? false
  };
}
