import type { Attachment } from 'svelte/attachments';

/** Bars now pinned to the bottom of the screen, with the room each takes there. */
const reserved = new Map<Element, number>();

function apply(): void {
  const room = Math.max(0, ...reserved.values());
  document.documentElement.style.setProperty('--reserved-bottom', `${Math.ceil(room)}px`);
}

/**
 * While attached to a bar fixed or sticky at the bottom of the screen (the save error, the undo
 * message, the workshop pager), keeps the room it takes free when the browser scrolls a focused
 * control into view, so focus never lands hidden behind the bar (WCAG 2.4.11). app.css turns the
 * room into `scroll-padding-bottom`.
 */
export const reserveBottom: Attachment<HTMLElement> = (node) => {
  const measure = () => {
    const gap = parseFloat(getComputedStyle(node).bottom) || 0;
    reserved.set(node, node.getBoundingClientRect().height + gap + 8);
    apply();
  };
  // Measured now, as well as on every resize: the observer first reports at the next frame, and a
  // busy tablet may take a Tab press before it draws one, scrolling focus behind the bar.
  measure();
  const observer = new ResizeObserver(measure);
  observer.observe(node);
  return () => {
    observer.disconnect();
    reserved.delete(node);
    apply();
  };
};
