import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { bootAfterFirstPaint } from './build/boot-after-first-paint';

/** Every page is prerendered: each one's app starts after its first paint (build/boot-after-first-paint.ts). */
export const handle: Handle = ({ event, resolve }) =>
  building ? resolve(event, { transformPageChunk: ({ html }) => bootAfterFirstPaint(html) }) : resolve(event);
