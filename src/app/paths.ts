import { DEFAULT_LOCALE, findLocale } from '../i18n/locales';

/**
 * URLs are the contract with staff who share links, so they are built in one place.
 * English lives at the root ('/helplines/'); every other language has a prefix
 * ('/cy/helplines/'). A page slug of '' is the home page.
 */
export function pathFor(locale: string, slug: string): string {
  const prefix = locale === DEFAULT_LOCALE ? '/' : `/${locale}/`;
  return slug === '' ? prefix : `${prefix}${slug}/`;
}

/** Splits a URL path into its locale and page slug; unknown prefixes are English slugs. */
export function parsePath(pathname: string): { locale: string; slug: string } {
  const parts = pathname.split('/').filter(Boolean);
  const first = parts[0];
  if (first !== undefined && first !== DEFAULT_LOCALE && findLocale(first)) {
    return { locale: first, slug: parts.slice(1).join('/') };
  }
  return { locale: DEFAULT_LOCALE, slug: parts.join('/') };
}

/** Where the prerendered HTML for a page is written inside dist/. */
export function htmlFileFor(locale: string, slug: string): string {
  return `${pathFor(locale, slug).slice(1)}index.html`;
}

export function notFoundFileFor(locale: string): string {
  return locale === DEFAULT_LOCALE ? '404.html' : `${locale}/404.html`;
}
