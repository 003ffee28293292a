/// <reference lib="webworker" />
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { notFoundFileFor, parsePath } from '../app/paths';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// Every prerendered page, the scripts, styles, icons and manifests: the whole app, so that
// after one visit it opens with no signal at all, cold start included.
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  // The app never uses query strings; ignoring them all means a shared link with
  // tracking parameters still opens offline.
  ignoreURLParametersMatching: [/.*/],
});

// A page that is not in the precache: ask the network, and when there is none, show the
// not-found page in the language of the URL rather than the browser's offline error.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch {
      const { locale } = parsePath(new URL(request.url).pathname);
      return (await matchPrecache(notFoundFileFor(locale))) ?? Response.error();
    }
  },
);
