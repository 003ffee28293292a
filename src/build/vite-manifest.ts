import type { PageAssets } from './render-document';

/** The subset of Vite's build manifest (dist/.vite/manifest.json) the prerender reads. */
export interface ViteManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}
export type ViteManifest = Record<string, ViteManifestChunk>;

/** Where each kind of page body lives, so its lazy chunk can be preloaded (see app/page-bodies.tsx). */
export const PAGE_BODY_SOURCES: Record<string, string> = {
  home: 'src/features/pages/HomePage.tsx',
  helplines: 'src/features/helplines/HelplinesPage.tsx',
  content: 'src/features/pages/ContentPage.tsx',
  search: 'src/features/search/SearchPage.tsx',
  'my-tools': 'src/features/private-tools/MyToolsPage.tsx',
  settings: 'src/features/settings/SettingsPage.tsx',
  'near-me': 'src/features/near-me/NearMePage.tsx',
  'journey-step': 'src/features/journeys/JourneyStepPage.tsx',
  check: 'src/features/checks/CheckPage.tsx',
  show: 'src/features/staff/ShowPage.tsx',
  'not-found': 'src/features/pages/NotFoundPage.tsx',
};

/**
 * The files a page loads: the entry script and CSS, plus preloads for its locale's strings
 * and its own body chunk (with the chunks that one imports), fetched in parallel.
 */
export function assetsFor(
  manifest: ViteManifest,
  entry: string,
  locale: string,
  bodySource?: string,
): PageAssets {
  const chunk = manifest[entry];
  if (!chunk) throw new Error(`Vite manifest has no entry "${entry}"`);
  const css = new Set(chunk.css ?? []);
  const preloads = new Set<string>();
  const strings = manifest[`src/i18n/locales/${locale}.json`];
  if (strings) preloads.add(strings.file);

  const visit = (key: string) => {
    const found = manifest[key];
    if (!found || found === chunk || preloads.has(found.file)) return;
    preloads.add(found.file);
    found.css?.forEach((file) => css.add(file));
    found.imports?.forEach(visit);
  };
  if (bodySource) {
    if (!manifest[bodySource]) throw new Error(`Vite manifest has no chunk for "${bodySource}"`);
    visit(bodySource);
  }
  return {
    scripts: [`/${chunk.file}`],
    styles: [...css].map((file) => `/${file}`),
    preloads: [...preloads].map((file) => `/${file}`),
  };
}
