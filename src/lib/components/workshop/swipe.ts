/**
 * Horizontal swipes from pointer events (touch and pen; a mouse drag selects text instead).
 * The element needs `touch-action: pan-y` so the browser keeps vertical scrolling and hands
 * horizontal moves to us. Swipes that start in a form field or on a button are ignored.
 */
export function swipe(node: HTMLElement, onswipe: (direction: 'left' | 'right') => void) {
  let start: { x: number; y: number; id: number; t: number } | null = null;
  const ignore = (target: EventTarget | null) =>
    target instanceof Element && target.closest('input, textarea, select, button, a, summary, [contenteditable], dialog') !== null;

  function down(e: PointerEvent) {
    if (e.pointerType === 'mouse' || !e.isPrimary || ignore(e.target)) return;
    start = { x: e.clientX, y: e.clientY, id: e.pointerId, t: e.timeStamp };
  }
  function up(e: PointerEvent) {
    if (!start || e.pointerId !== start.id) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    const quick = e.timeStamp - start.t < 800;
    start = null;
    if (quick && Math.abs(dx) > 60 && Math.abs(dx) > Math.abs(dy) * 1.5) onswipe(dx < 0 ? 'left' : 'right');
  }
  const cancel = () => (start = null);

  node.addEventListener('pointerdown', down);
  node.addEventListener('pointerup', up);
  node.addEventListener('pointercancel', cancel);
  return () => {
    node.removeEventListener('pointerdown', down);
    node.removeEventListener('pointerup', up);
    node.removeEventListener('pointercancel', cancel);
  };
}

/** True when an arrow key press belongs to the focused control (text, radios, selects, sliders). */
export function arrowKeysTaken(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable], [role="slider"], [role="radiogroup"], [role="listbox"], dialog[open]') !== null;
}
