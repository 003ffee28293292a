/**
 * The production build: content checks, the client bundle, every page prerendered in
 * every locale, the web app manifests, and a service worker that precaches all of it.
 * Run with `npm run build`; the result in dist/ can be served by any static host.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { LOCALES, DEFAULT_LOCALE } from '../i18n/locales';
import { createI18n, type UiStrings } from '../i18n/create-i18n';
import { htmlFileFor, notFoundFileFor, pathFor } from '../app/paths';
import { ContentError, loadContent } from './content/load-content';
import { APP_PAGES, listSitePages } from './site-pages';
import { renderDocument } from './render-document';
import { PAGE_BODY_LOADERS } from '../app/page-bodies';
import type { PageBodyComponent } from '../app/App';
import { assetsFor, PAGE_BODY_SOURCES, type ViteManifest } from './vite-manifest';
import { netlifyHeadersFile } from './security-headers';
import { IDENTITIES, type Identity } from '../features/settings/preferences';
import { manifestPathFor } from '../features/settings/apply-preferences';
import { buildSearchIndex, checkDocument, pageDocument } from './search-index';
import { loadGeoData } from './geo/load-geo';
import { placeSiteProblems } from './geo/place-positions';
import { placeSummaries } from './geo/place-summaries';
import { createGeoIndex } from '../features/near-me/geo-index';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

function writeFile(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A locale's UI strings; a locale still being translated falls back to English, key by key. */
function readStrings(locale: string): UiStrings {
  const file = join(root, 'src/i18n/locales', `${locale}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as UiStrings) : {};
}

/**
 * A web app manifest for one locale and one home-screen identity. A disguised identity has a
 * plain name and icon, and no description that would say what the app is for.
 */
function webAppManifest(
  locale: string,
  dir: string,
  identity: Identity,
  t: (key: string) => string,
) {
  const start = pathFor(locale, '');
  const name = identity === 'waymark' ? t('site.name') : t(`settings.identities.${identity}`);
  const icon = identity === 'waymark' ? 'icon' : identity;
  return {
    // One id per locale: changing the disguise before installing does not make a second app.
    id: start,
    name,
    short_name: name,
    ...(identity === 'waymark' ? { description: t('site.tagline') } : {}),
    lang: locale,
    dir,
    start_url: start,
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: identity === 'waymark' ? '#1d3557' : '#ffffff',
    icons: [
      { src: `/icons/${icon}-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `/icons/${icon}-512.png`, sizes: '512x512', type: 'image/png' },
      {
        src: `/icons/${icon}-maskable-512.png`,
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  };
}

async function main() {
  let content;
  try {
    content = loadContent(join(root, 'content'), APP_PAGES);
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  const manifest = JSON.parse(
    readFileSync(join(dist, '.vite/manifest.json'), 'utf8'),
  ) as ViteManifest;

  // Location data for 'find help near you', also used to put every place on the map.
  const geoData = loadGeoData(root);
  const geo = createGeoIndex(geoData);
  const siteProblems = placeSiteProblems(content.places, geo);
  if (siteProblems.length > 0) {
    console.error(siteProblems.join('\n'));
    process.exit(1);
  }

  const english = readStrings(DEFAULT_LOCALE);
  writeFile(join(dist, 'geo/uk.json'), JSON.stringify(geoData));
  const pages = listSitePages(content, (locale) => placeSummaries(content.places, locale, geo));
  const bodies = new Map<string, PageBodyComponent>();
  for (const page of pages) {
    const kind = page.body.kind;
    if (!bodies.has(kind)) bodies.set(kind, await PAGE_BODY_LOADERS[kind]());
    const i18n = createI18n(page.locale, readStrings(page.locale), english);
    const assets = assetsFor(manifest, 'src/main.tsx', page.locale, PAGE_BODY_SOURCES[kind]);
    const html = renderDocument(page, i18n, assets, bodies.get(kind)!);
    const file =
      page.body.kind === 'not-found'
        ? notFoundFileFor(page.locale)
        : htmlFileFor(page.locale, page.slug);
    writeFile(join(dist, file), html);
  }

  for (const { code, dir } of LOCALES) {
    const t = createI18n(code, readStrings(code), english).t;
    for (const identity of IDENTITIES) {
      writeFile(
        join(dist, manifestPathFor(code, identity).slice(1)),
        `${JSON.stringify(webAppManifest(code, dir, identity, t), null, 2)}\n`,
      );
    }
  }
  writeFile(join(dist, '_headers'), netlifyHeadersFile());
  for (const [locale, localePages] of content.pagesByLocale) {
    const documents = [
      ...localePages.map(pageDocument),
      ...content.checks.map((check) => checkDocument(check, locale)),
    ];
    writeFile(join(dist, 'search', `${locale}.json`), buildSearchIndex(documents, locale));
  }

  // The service worker is its own small bundle (a classic script, which every engine runs),
  // then Workbox writes the list of files to precache into it.
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    // Workbox picks its small production build (no debug logging) from NODE_ENV.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: dist,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: {
        entry: join(root, 'src/sw/sw.ts'),
        formats: ['iife'],
        name: 'waymarkServiceWorker',
        fileName: () => 'sw.js',
      },
    },
  });
  // Precache the app, English and Welsh in full (Welsh is at parity by law in Wales); other
  // languages' pages are kept by the service worker when first opened (see src/sw/sw.ts).
  const otherLocales = LOCALES.map(({ code }) => code).filter(
    (code) => code !== 'en' && code !== 'cy',
  );
  const { count, size, warnings } = await injectManifest({
    swSrc: join(dist, 'sw.js'),
    swDest: join(dist, 'sw.js'),
    globDirectory: dist,
    globPatterns: ['**/*.{html,js,css,json,webmanifest,png,svg,txt}'],
    globIgnores: [
      'sw.js',
      '.vite/**',
      ...otherLocales.flatMap((code) => [`${code}/**`, `search/${code}.json`]),
    ],
  });
  if (warnings.length > 0) throw new Error(warnings.join('\n'));
  console.log(
    `Built ${pages.length} pages in ${LOCALES.length} languages; precache: ${count} files, ${(size / 1024).toFixed(1)} KiB`,
  );
}

await main();
