import { afterAll, beforeAll, expect, test } from 'vitest';
import { createAssessment, fill, visit } from './support/app';
import { byLabel, byRole, closeWebKit, countOf, eventually, openWebKit, roleQuery, type Session } from './support/webkit';

let session: Session;
beforeAll(async () => (session = await openWebKit()));
afterAll(() => closeWebKit(session));

/*
 * WebKit keeps a page that is left in its back/forward cache. As it is hidden, the app ends its
 * database transactions and closes its connection (storage/page-hide.ts), so that the frozen page
 * never holds the next one up. Back on it, the page must read and save as before.
 */
test('back on a list that WebKit kept in its back/forward cache: it reads, creates and lists as before', async () => {
  await createAssessment(session, 'Library cards');
  await visit(session, '/');
  await byRole(session, 'link', 'Library cards');
  await session.execute(() => ((window as unknown as { keptMarker: boolean }).keptMarker = true));
  await visit(session, '/privacy');

  await session.back();
  await eventually(session, () => session.execute(() => location.pathname === '/'), 'the list again');
  // The same page, not a new load: the marker left on it is still there.
  expect(await session.execute(() => (window as unknown as { keptMarker?: boolean }).keptMarker === true)).toBe(true);
  await byRole(session, 'link', 'Library cards');

  await (await byRole(session, 'button', 'New assessment', { first: true })).click();
  const dialog = await byRole(session, 'dialog', 'New assessment');
  await fill(session, await byLabel(session, 'Service name', { within: dialog }), 'Parking permits');
  await fill(session, await byLabel(session, 'Organisation', { within: dialog }), 'Municipality of Patras');
  await (await byRole(session, 'button', 'Create and open', { within: dialog })).click();
  await byRole(session, 'heading', 'Parking permits', { level: 1 });
  await session.back();
  await byRole(session, 'link', 'Parking permits');
  await byRole(session, 'link', 'Library cards');
  expect(await countOf(session, roleQuery('button', 'Try again'))).toBe(0);
});
