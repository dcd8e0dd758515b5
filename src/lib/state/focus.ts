/**
 * After a route change, move focus to the new page's main heading so keyboard and screen-reader
 * users start at the top of the new content. Pages whose heading appears only once their data
 * has loaded call `focusHeadingIfPending` when it does.
 */
let pending = false;

/** Marks that the next heading to appear should take focus. */
export function requestHeadingFocus(): void {
  pending = true;
  focusHeadingIfPending();
}

/** Focuses the page's h1 if a navigation asked for it and it is there. */
export function focusHeadingIfPending(): void {
  if (!pending || typeof document === 'undefined') return;
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  pending = false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: false });
}
