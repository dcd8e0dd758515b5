import type { Page, Route } from '@playwright/test';

/**
 * Routes the app's scripts and hands Dexie's chunk (whatever its hashed name: the one whose text
 * names Dexie) to `onStorageCode` before it is delivered. What it returns decides: 'drop' drops the
 * chunk as a lost network would, anything else (after any wait) delivers it.
 */
export async function routeStorageCode(page: Page, onStorageCode: (url: string) => Promise<unknown> | unknown): Promise<void> {
  await page.route('**/_app/immutable/**/*.js', async (route: Route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('Dexie') && (await onStorageCode(route.request().url())) === 'drop') return route.abort('internetdisconnected');
    await route.fulfill({ response, body });
  });
}
