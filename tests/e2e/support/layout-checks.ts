import type { Page } from '@playwright/test';

/** One element that does not fit: where it is and by how much. */
export interface Overflow {
  element: string;
  text: string;
  problem: string;
}

/**
 * Finds what breaks the layout on the current screen: the page scrolling sideways, an element
 * reaching past the viewport's left or right edge, or content wider than its own box (text that
 * spills out or is cut off). Boxes built to scroll (overflow-x: auto), form fields and
 * visually hidden text are left alone. Long translations (Greek, French) are what this catches.
 */
export async function findOverflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: Overflow[] = [];
    const viewport = document.documentElement.clientWidth;
    const describe = (el: Element) => {
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`;
    };
    const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    const hidden = (el: Element): boolean => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden') return true;
        if (style.clip !== 'auto' && style.clip !== '' && style.position === 'absolute') return true;
        if (node instanceof HTMLDialogElement && !node.open) return true;
        const parent = node.parentElement;
        if (parent instanceof HTMLDetailsElement && !parent.open && node.tagName !== 'SUMMARY') return true;
      }
      return false;
    };
    const scrolls = (el: Element): boolean => {
      for (let node: Element | null = el.parentElement; node && node !== document.body; node = node.parentElement) {
        const overflowX = getComputedStyle(node).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };

    if (document.documentElement.scrollWidth > viewport + 1) {
      found.push({
        element: 'html',
        text: '',
        problem: `the page scrolls sideways: ${document.documentElement.scrollWidth}px wide in a ${viewport}px viewport`
      });
    }

    // Each problem is reported on the innermost element that has it: that is the one to fix.
    const outside: Element[] = [];
    const spilling: HTMLElement[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest('svg, input, textarea, select, option, script, style, template')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || hidden(el)) continue;
      const style = getComputedStyle(el);
      if (!scrolls(el) && (rect.right > viewport + 1 || rect.left < -1)) {
        outside.push(el);
        continue;
      }
      const ownScroll = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (!ownScroll && el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) spilling.push(el);
    }
    const innermost = <T extends Element>(list: T[]) => list.filter((el) => !list.some((other) => other !== el && el.contains(other)));
    for (const el of innermost(outside)) {
      const rect = el.getBoundingClientRect();
      found.push({
        element: describe(el),
        text: textOf(el),
        problem: `reaches from ${Math.round(rect.left)}px to ${Math.round(rect.right)}px in a ${viewport}px viewport`
      });
    }
    for (const el of innermost(spilling)) {
      found.push({ element: describe(el), text: textOf(el), problem: `content is ${el.scrollWidth}px wide in a ${el.clientWidth}px box` });
    }
    return found;
  });
}
