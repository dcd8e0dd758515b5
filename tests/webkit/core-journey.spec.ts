import { afterAll, beforeAll, expect, test } from 'vitest';
import { press, createAssessment, expectSaved, expectValue, fill, rating, reload, ruleCard, tick } from './support/app';
import { byLabel, byRole, closeWebKit, eventually, openWebKit, type Session } from './support/webkit';

let session: Session;
beforeAll(async () => (session = await openWebKit()));
afterAll(() => closeWebKit(session));

test('a facilitator rates rules in two stages, adds a note and a next step, and finds everything after a reload', async () => {
  await createAssessment(session, 'Childminder finder');

  // Strategy: a rating, a "not applicable" with its reason, a note and a next step.
  await press(await byRole(session, 'link', '1. Strategy', { first: true }));
  await byRole(session, 'heading', 'Strategy', { level: 1 });
  await tick(await rating(session, 1, 'Largely'));
  await expectSaved(session);
  await tick(await rating(session, 2, 'Not applicable'));
  await fill(session, await byLabel(session, 'Why does this rule not apply?'), 'The objective is set by law.');
  await expectSaved(session);
  const rule1 = await ruleCard(session, 1);
  await fill(session, await byLabel(session, 'Notes', { within: rule1 }), 'Parents were interviewed in March.');
  await press(await byRole(session, 'button', 'Add next step', { within: rule1 }));
  await fill(session, await byLabel(session, 'Next step 1', { within: rule1 }), 'Write the problem statement');
  await fill(session, await byLabel(session, 'Owner', { within: rule1 }), 'Maria');
  await (await byLabel(session, 'Status', { within: rule1 })).selectByAttribute('value', 'in-progress');
  await expectSaved(session);

  // Design: a rating and an action.
  await press(await byRole(session, 'link', '2. Design', { first: true }));
  await byRole(session, 'heading', 'Design', { level: 1 });
  await tick(await rating(session, 3, 'Partly'));
  await expectSaved(session);
  const action = await session.$('input[type=checkbox]').getElement();
  await tick(action);
  await expectSaved(session);

  await reload(session);
  expect(await (await rating(session, 3, 'Partly')).isSelected()).toBe(true);
  expect(await (await session.$('input[type=checkbox]')).isSelected()).toBe(true);

  await press(await byRole(session, 'link', '1. Strategy', { first: true }));
  await byRole(session, 'heading', 'Strategy', { level: 1 });
  await eventually(session, async () => (await rating(session, 1, 'Largely')).isSelected(), 'rule 1 rated Largely');
  expect(await (await rating(session, 2, 'Not applicable')).isSelected()).toBe(true);
  await expectValue(session, await byLabel(session, 'Why does this rule not apply?'), 'The objective is set by law.');
  const card = await ruleCard(session, 1);
  await expectValue(session, await byLabel(session, 'Notes', { within: card }), 'Parents were interviewed in March.');
  await expectValue(session, await byLabel(session, 'Next step 1', { within: card }), 'Write the problem statement');
  await expectValue(session, await byLabel(session, 'Owner', { within: card }), 'Maria');
  await expectValue(session, await byLabel(session, 'Status', { within: card }), 'in-progress');
});
