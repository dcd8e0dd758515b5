import type { Attachment } from 'svelte/attachments';

/**
 * A list of links that a button shows and hides: a disclosure, not an ARIA menu, so Tab moves
 * through the links and screen readers read them as an ordinary list. Escape closes it and gives
 * focus back to the button; focus leaving it, a tap outside it or following one of its links
 * closes it. Attach `root` to the element around the button and the list, `button` to the button.
 */
export class Disclosure {
  #open = $state(false);
  #button: HTMLElement | null = null;

  /** Whether the list is shown. */
  get open(): boolean {
    return this.#open;
  }

  toggle = (): void => {
    this.#open = !this.#open;
  };

  /** Closes the list; with `refocus`, focus goes back to the button (Escape). */
  close = ({ refocus = false } = {}): void => {
    this.#open = false;
    if (refocus) this.#button?.focus();
  };

  button: Attachment<HTMLElement> = (node) => {
    this.#button = node;
    return () => {
      if (this.#button === node) this.#button = null;
    };
  };

  root: Attachment<HTMLElement> = (node) => {
    // Safari does not focus a link or button on tap: a tap inside must not count as focus leaving.
    let pressedInside = false;
    const onKeydown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !this.#open) return;
      event.preventDefault();
      this.close({ refocus: true });
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!pressedInside && !node.contains(event.relatedTarget as Node | null)) this.#open = false;
    };
    const onPointerDown = (event: PointerEvent) => {
      pressedInside = node.contains(event.target as Node);
      if (this.#open && !pressedInside) this.#open = false;
    };
    const onPointerUp = () => queueMicrotask(() => (pressedInside = false));
    const onClick = (event: MouseEvent) => {
      if ((event.target as Element).closest('a[href]')) this.#open = false;
    };
    node.addEventListener('keydown', onKeydown);
    node.addEventListener('focusout', onFocusOut);
    node.addEventListener('click', onClick);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    return () => {
      node.removeEventListener('keydown', onKeydown);
      node.removeEventListener('focusout', onFocusOut);
      node.removeEventListener('click', onClick);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
    };
  };
}
