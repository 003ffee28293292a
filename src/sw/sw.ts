/// <reference lib="webworker" />
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { notFoundFileFor, parsePath } from '../app/paths';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// A new version waits until the page asks it to take over (see register-service-worker.ts),
// so an open page is never swapped under someone who is reading or typing.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Every prerendered page, the scripts, styles, icons and manifests: the whole app, so that
// after one visit it opens with no signal at all, cold start included.
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  // The app never uses query strings; ignoring them all means a shared link with
  // tracking parameters still opens offline.
  ignoreURLParametersMatching: [/.*/],
});

// Pages in the other languages, and their search indexes, are not precached (that would
// make the first visit download every language): each is kept once it has been opened, so
// a language someone uses works offline from then on.
const PAGES_CACHE = 'waymark-pages-v1';

registerRoute(
  ({ request, url }) => request.mode === 'navigate' || url.pathname.startsWith('/search/'),
  async ({ request }) => {
    const cache = await caches.open(PAGES_CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch {
      const kept = await cache.match(request, { ignoreSearch: true });
      if (kept) return kept;
      // No network and never opened: the not-found page in the URL's language, if we have it.
      const { locale } = parsePath(new URL(request.url).pathname);
      return (
        (await matchPrecache(notFoundFileFor(locale))) ??
        (await matchPrecache('404.html')) ??
        Response.error()
      );
    }
  },
);
