/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';

const sw = self as unknown as ServiceWorkerGlobalScope;

// Precache the whole app: hashed build files (their names change with content), static files
// and every prerendered page, so a cold start or a deep link works with no network.
precacheAndRoute([...build.map((url) => ({ url, revision: null })), ...[...files, ...prerendered].map((url) => ({ url, revision: version }))], {
  // Pages read their state from ?id=…&stage=…; the cached page is the same for every query.
  ignoreURLParametersMatching: [/.*/],
  cleanURLs: true,
  directoryIndex: null
});
cleanupOutdatedCaches();

// On the very first visit, take charge of the open page at once: if the network drops before the
// next reload, the pages and locale files it loads on demand still come from the precache. This
// only affects pages no worker controls yet; an update still waits for the user (below).
sw.addEventListener('activate', (event) => event.waitUntil(sw.clients.claim()));

// The page asks for this (workbox-window's messageSkipWaiting) only when the user clicks "Reload".
sw.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});
