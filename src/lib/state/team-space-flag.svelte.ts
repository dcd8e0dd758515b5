const FLAG = 'tessera.teamSpace';

/*
 * Whether Team space was turned on on this device, kept in localStorage so that every page can
 * tell without opening the database or loading the sync code: while it is off (the default),
 * nothing of Team space runs. The settings themselves stay in IndexedDB.
 */

function readFlag(): boolean {
  try {
    return localStorage.getItem(FLAG) === 'on';
  } catch {
    return false;
  }
}

class TeamSpaceFlag {
  #on = $state(false);

  /** Team space is on on this device, as far as pages know (false until `load()` ran in the browser). */
  get on(): boolean {
    return this.#on;
  }

  /** Reads the flag once the page runs in the browser (a prerendered page cannot know it); resolves to it. */
  load(): boolean {
    this.#on = readFlag();
    return this.#on;
  }

  /** Remembers that Team space is on or off. */
  remember(on: boolean): void {
    this.#on = on;
    try {
      if (on) localStorage.setItem(FLAG, 'on');
      else localStorage.removeItem(FLAG);
    } catch {
      // blocked storage: pages then leave Team space alone until Settings or the Team page starts it
    }
  }
}

/** The one flag of this device: the header shows the Team link, and the layout starts sync, while it is on. */
export const teamSpaceFlag = new TeamSpaceFlag();
