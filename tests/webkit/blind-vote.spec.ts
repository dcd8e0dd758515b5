import { afterAll, beforeAll, expect, test } from 'vitest';
import { createAssessment, expectSaved, fill, press, reload } from './support/app';
import { byLabel, byRole, byText, closeWebKit, countOf, eventually, openWebKit, roleQuery, type Session } from './support/webkit';

let session: Session;
beforeAll(async () => (session = await openWebKit()));
afterAll(() => closeWebKit(session));

test('a hidden vote on the iPad engine: only the count shows until the reveal, then the spread, the minority view and the agreed rating stay after a reload', async () => {
  await createAssessment(session, 'Childminder finder');
  await press(await byRole(session, 'button', 'Childminder finder, other sections'));
  await press(await byRole(session, 'link', 'Workshop mode', { first: true }));
  const votes = await byRole(session, 'region', 'Votes');
  expect(await (await byRole(session, 'radio', 'Hidden until revealed', { within: votes })).isSelected()).toBe(true);

  for (const level of ['Largely', 'Largely', 'Not started']) await press(await byRole(session, 'button', `Vote: ${level}`, { within: votes }));
  await byText(session, '3 votes cast', { within: votes });
  expect(await countOf(session, roleQuery('button', /^Remove a vote/), votes)).toBe(0);
  await expectSaved(session);

  await press(await byRole(session, 'button', 'Reveal the votes', { within: votes }));
  await byText(session, 'Votes range from Not started to Largely', { within: votes });
  await fill(session, await byLabel(session, 'Minority view', { within: votes }), 'One of us thinks nothing is written down yet.');
  await expectSaved(session);
  await press(await byRole(session, 'button', 'Agree on Largely', { within: votes }));
  await expectSaved(session);

  await reload(session);
  const rating = await byRole(session, 'radio', 'Largely', { within: await byRole(session, 'group', 'Rating of golden rule 1') });
  await eventually(session, () => rating.isSelected(), 'the agreed rating after a reload');
  // A reload starts the meeting's reveal again: the tally is hidden, the stored votes are not lost.
  const after = await byRole(session, 'region', 'Votes');
  await byText(session, '3 votes cast', { within: after });
  await press(await byRole(session, 'button', 'Reveal the votes', { within: after }));
  expect(await (await byLabel(session, 'Minority view', { within: after })).getValue()).toBe('One of us thinks nothing is written down yet.');
});
