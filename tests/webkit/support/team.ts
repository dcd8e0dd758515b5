import { inject } from 'vitest';
import { standInClient } from '../../tools/couchdb-standin.mjs';
import { appUrl, fill, press, visit } from './app';
import { byLabel, byRole, byText, eventually, type Session } from './webkit';

/*
 * Team space in the WebKit journeys: the CouchDB stand-in (started by the global set-up) behind
 * vite preview's proxy, under /couchdb/ on the app's own origin. Teams are set up as the
 * organisation's administrator would, over the stand-in's API.
 */

let teams = 0;

/** Creates a team database whose members are these users (password: `<name>-password`); returns its address as the app sees it. */
export async function createTeam(users: readonly string[]): Promise<string> {
  const db = `team-webkit-${process.pid}-${Date.now()}-${++teams}`;
  await standInClient(inject('webkit').couchUrl).createTeam(db, Object.fromEntries(users.map((name) => [name, `${name}-password`])));
  return `/couchdb/${db}`;
}

/** The Team space section of Settings, found again on each attempt to look within it. */
const section = (session: Session) => () => byRole(session, 'region', 'Team space');

/** Turns Team space on in Settings (on `origin`) and waits for the first sync to end. */
export async function turnOnTeamSpace(session: Session, url: string, user: string, origin = appUrl()): Promise<void> {
  await visit(session, '/settings', origin);
  const turnOn = await byRole(session, 'button', 'Turn on Team space', { within: section(session) });
  // Enabled once the app knows Team space is off on this device.
  await eventually(session, () => turnOn.isEnabled(), 'the Turn on button enabled');
  await press(turnOn);
  const form = section(session);
  // The field's label holds its hint too.
  await fill(session, await byLabel(session, /^Address of the team database/, { within: form }), url);
  await fill(session, await byLabel(session, 'User name', { within: form }), user);
  await fill(session, await byLabel(session, 'Password', { within: form }), `${user}-password`);
  await press(await byRole(session, 'button', 'Sign in and turn on', { within: form }));
  await byText(session, new RegExp(`^Team space is on for the account ${user} at`), { within: section(session) });
  await expectSynced(session);
}

/** On Settings (on `origin`): presses "Sync now" and waits until the sync ended with nothing left to send. */
export async function syncNow(session: Session, origin = appUrl()): Promise<void> {
  await visit(session, '/settings', origin);
  await press(await byRole(session, 'button', 'Sync now', { within: section(session) }));
  await expectSynced(session);
}

/** Waits until the status says when it last synced (no error, no sync running) and nothing waits. */
export async function expectSynced(session: Session): Promise<void> {
  await eventually(
    session,
    () =>
      session.execute(() => {
        const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '';
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Sync now');
        return (
          /^Last synced: /.test(text('team-status')) && text('team-waiting') === '0 changes waiting to be sent.' && button !== undefined && !button.disabled
        );
      }),
    'the sync to end with nothing waiting'
  );
}
