import type { PageAssets } from './render-document';

/** The subset of Vite's build manifest (dist/.vite/manifest.json) the prerender reads. */
export interface ViteManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}
export type ViteManifest = Record<string, ViteManifestChunk>;

/** The files a page of the given locale loads: the entry script, its CSS, its strings chunk. */
export function assetsFor(manifest: ViteManifest, entry: string, locale: string): PageAssets {
  const chunk = manifest[entry];
  if (!chunk) throw new Error(`Vite manifest has no entry "${entry}"`);
  const strings = manifest[`src/i18n/locales/${locale}.json`];
  const css = new Set(chunk.css ?? []);
  for (const imported of chunk.imports ?? []) {
    for (const file of manifest[imported]?.css ?? []) css.add(file);
  }
  return {
    scripts: [`/${chunk.file}`],
    styles: [...css].map((file) => `/${file}`),
    preloads: strings ? [`/${strings.file}`] : [],
  };
}
