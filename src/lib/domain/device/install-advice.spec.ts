import { describe, expect, it } from 'vitest';
import { shouldInstallFirst, storageLifetime, type DeviceFacts } from './install-advice';

const ipadOs = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
const oldIpad = 'Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1';
const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const android = 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

const device = (userAgent: string, maxTouchPoints: number, standalone: boolean | undefined, displayModeStandalone = false): DeviceFacts => ({
  userAgent,
  maxTouchPoints,
  standalone,
  displayModeStandalone
});

describe('shouldInstallFirst', () => {
  it.each([
    ['iPadOS Safari in a tab (presents itself as a Mac)', device(ipadOs, 5, false), true],
    ['an older iPad in a tab', device(oldIpad, 5, false), true],
    ['an iPhone in a tab', device(iphone, 5, false), true],
    ['iPadOS opened from the home screen', device(ipadOs, 5, true), false],
    ['iPadOS in standalone display mode', device(ipadOs, 5, undefined, true), false],
    ['a Mac with no touch screen', device(ipadOs, 0, false), false],
    ['an Android tablet', device(android, 10, undefined), false]
  ])('%s → %s', (_label, facts, expected) => {
    expect(shouldInstallFirst(facts)).toBe(expected);
  });
});

describe('storageLifetime', () => {
  it.each([
    ['iPadOS from the home screen', device(ipadOs, 5, true), 'home-screen'],
    ['iPadOS in standalone display mode', device(ipadOs, 5, undefined, true), 'home-screen'],
    ['iPadOS Safari in a tab', device(ipadOs, 5, false), 'safari-tab'],
    ['an iPhone in a tab', device(iphone, 5, false), 'safari-tab'],
    ['a Mac with no touch screen', device(ipadOs, 0, false), 'elsewhere'],
    ['an installed app on an Android tablet', device(android, 10, undefined, true), 'elsewhere']
  ])('%s → %s', (_label, facts, expected) => {
    expect(storageLifetime(facts)).toBe(expected);
  });
});
