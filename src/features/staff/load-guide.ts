import { pathFor } from '../../app/paths';

export interface LoadedGuide {
  title: string;
  summary: string;
  html: string;
  /** The language the words are in (English where a page is not translated yet). */
  lang: string;
}

/**
 * Reads a guide in one language from the app's own prerendered page: its title, summary and
 * body. Same origin only; the service worker answers it offline where the page is kept.
 */
export async function loadGuide(locale: string, slug: string): Promise<LoadedGuide> {
  const response = await fetch(pathFor(locale, slug));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const body = page.querySelector('[data-content-body]');
  if (!body) throw new Error('Not a guide page');
  return {
    title: page.querySelector('main h1')?.textContent ?? '',
    summary: page.querySelector('main .lead')?.textContent ?? '',
    html: body.innerHTML,
    lang: body.getAttribute('lang') ?? page.documentElement.lang,
  };
}
