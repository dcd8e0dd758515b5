import { afterAll, beforeAll, expect, test } from 'vitest';
import { tr } from '../e2e/support/translations';
import { createAssessment, press, reload, tick, visit } from './support/app';
import { byRole, closeWebKit, eventually, openWebKit, type Session } from './support/webkit';

let session: Session;
beforeAll(async () => (session = await openWebKit()));
afterAll(() => closeWebKit(session));

test('a facilitator switches to Greek, and the choice holds after a reload and on every page', async () => {
  const id = await createAssessment(session, 'Δημοτική βιβλιοθήκη');
  await visit(session, '/settings');
  await tick(await byRole(session, 'radio', 'Ελληνικά'));
  await eventually(session, async () => expect(await session.execute(() => document.documentElement.lang)).toBe('el'), 'the page to say it is Greek');
  await byRole(session, 'heading', tr('el', 'pages:settings.title'), { level: 1 });

  await reload(session);
  expect(await session.execute(() => document.documentElement.lang)).toBe('el');
  await byRole(session, 'heading', tr('el', 'pages:settings.title'), { level: 1 });
  expect(await (await byRole(session, 'radio', 'Ελληνικά')).isSelected()).toBe(true);

  // A cold load of another page, straight from its address, is Greek from the start.
  await visit(session, `/assessment/stage?id=${id}&stage=strategy`);
  await byRole(session, 'heading', tr('el', 'methodology:strategy.title'), { level: 1 });
  await press(await byRole(session, 'link', tr('el', 'nav.assessments'), { within: await byRole(session, 'navigation', tr('el', 'nav.label')) }));
  await byRole(session, 'heading', 'Δημοτική βιβλιοθήκη');
});
