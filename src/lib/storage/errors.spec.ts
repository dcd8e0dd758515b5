import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeStorageError, isConnectionLost, RecordNotFoundError, ReloadNeededError } from './errors';

const dom = (name: string, message = name) => new DOMException(message, name);
const iosLost = () => dom('UnknownError', 'Connection to Indexed Database server lost. Refresh the page to try again');

describe('describeStorageError', () => {
  it.each([
    ['a full disk', dom('QuotaExceededError'), 'quota'],
    ['a full disk wrapped by Dexie', new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError')), 'quota'],
    ['a Dexie QuotaExceededError', new Dexie.QuotaExceededError('quota'), 'quota'],
    ['iOS losing the connection', iosLost(), 'connection-lost'],
    ['iOS losing the connection, seen through a failed reopen', new Dexie.OpenFailedError(iosLost()), 'connection-lost'],
    ['a closed connection', new Dexie.DatabaseClosedError(), 'connection-lost'],
    ['a connection that is closing', dom('InvalidStateError', 'The database connection is closing.'), 'connection-lost'],
    ['no IndexedDB at all', new Dexie.MissingAPIError('indexedDB API missing'), 'unavailable'],
    [
      'private mode refusing to open',
      new Dexie.OpenFailedError(dom('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.')),
      'unavailable'
    ],
    ['a closed database that never opened', new Dexie.DatabaseClosedError(new Dexie.MissingAPIError('indexedDB API missing')), 'unavailable'],
    [
      'a database that failed to open, seen by a later operation',
      new Dexie.DatabaseClosedError(new Dexie.InvalidStateError('A mutation operation was attempted on a database that did not allow mutations.')),
      'unavailable'
    ],
    ['a database closed on purpose', new Dexie.DatabaseClosedError(new Dexie.DatabaseClosedError()), 'connection-lost'],
    ['storage blocked by the browser settings', dom('SecurityError'), 'unavailable'],
    ['a newer schema from another tab', dom('VersionError'), 'unavailable'],
    ['an edit of a deleted assessment', new RecordNotFoundError('assessment x not found'), 'not-found'],
    ['a tab that gave its connection away', new ReloadNeededError(), 'reload-needed'],
    [
      'WebKit refusing a photo in a private window',
      new Dexie.UnknownError(
        'Error preparing Blob/File data to be stored in object store',
        dom('UnknownError', 'Error preparing Blob/File data to be stored in object store')
      ),
      'files-refused'
    ],
    ['an unexplained write failure', dom('UnknownError', 'Internal error.'), 'write-failed'],
    ['anything else', new Error('boom'), 'write-failed'],
    ['a thrown string', 'boom', 'write-failed']
  ])('classifies %s', (_label, err, code) => {
    expect(describeStorageError(err)).toBe(code);
  });

  it('tells a lost connection, which reopening fixes, from the rest', () => {
    expect(isConnectionLost(iosLost())).toBe(true);
    expect(isConnectionLost(dom('QuotaExceededError'))).toBe(false);
  });
});
