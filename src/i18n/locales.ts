/**
 * The one table of languages Waymark ships. Everything else (routes, the language
 * picker, prerendering, html lang/dir) reads from here.
 */
export interface LocaleInfo {
  /** BCP 47 code, also the URL prefix (except for the default locale). */
  code: string;
  /** The language's name in its own language and script, for the picker. */
  endonym: string;
  dir: 'ltr' | 'rtl';
}

export const DEFAULT_LOCALE = 'en';

export const LOCALES: readonly LocaleInfo[] = [
  { code: 'en', endonym: 'English', dir: 'ltr' },
  { code: 'cy', endonym: 'Cymraeg', dir: 'ltr' },
];

export type LocaleCode = (typeof LOCALES)[number]['code'];

export function findLocale(code: string): LocaleInfo | undefined {
  return LOCALES.find((locale) => locale.code === code);
}

export function getLocale(code: string): LocaleInfo {
  const locale = findLocale(code);
  if (!locale) throw new Error(`Unknown locale "${code}"`);
  return locale;
}
