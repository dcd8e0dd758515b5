/** What the browser tells about the device and how the app was opened. */
export interface DeviceFacts {
  userAgent: string;
  /** navigator.maxTouchPoints: iPadOS Safari claims to be a Mac, but a Mac has no touch screen. */
  maxTouchPoints: number;
  /** Safari's navigator.standalone (true when opened from the home screen), or undefined elsewhere. */
  standalone: boolean | undefined;
  /** matchMedia('(display-mode: standalone)').matches */
  displayModeStandalone: boolean;
}

/** True on an iPad, iPhone or iPod, including iPadOS that presents itself as a Mac. */
export function isAppleMobile({ userAgent, maxTouchPoints }: Pick<DeviceFacts, 'userAgent' | 'maxTouchPoints'>): boolean {
  if (/\b(iPad|iPhone|iPod)\b/.test(userAgent)) return true;
  return /\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1;
}

/** True when the app runs installed, from the home screen, rather than in a browser tab. */
export function isInstalled({ standalone, displayModeStandalone }: Pick<DeviceFacts, 'standalone' | 'displayModeStandalone'>): boolean {
  return standalone === true || displayModeStandalone;
}

/**
 * True when the user should add Tessera to the home screen before entering data: on iPadOS and
 * iOS, Safari deletes a site's storage after 7 days without a visit, while a home-screen app keeps
 * its own storage (which it does not share with Safari, so data entered in the tab stays there).
 */
export function shouldInstallFirst(facts: DeviceFacts): boolean {
  return isAppleMobile(facts) && !isInstalled(facts);
}

/** How long this device keeps Tessera's data, as far as the way it was opened decides it. */
export type StorageLifetime = 'home-screen' | 'safari-tab' | 'elsewhere';

/**
 * On iPadOS and iOS, a home-screen app is exempt in practice from Safari's rule that deletes a
 * site's data after 7 days without use; a Safari tab is not. Elsewhere the way it was opened does
 * not decide it.
 */
export function storageLifetime(facts: DeviceFacts): StorageLifetime {
  if (!isAppleMobile(facts)) return 'elsewhere';
  return isInstalled(facts) ? 'home-screen' : 'safari-tab';
}
