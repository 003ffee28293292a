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
  /** Whether a fluent speaker has checked the UI strings; if not, pages say so. */
  uiReviewed: boolean;
}

export const DEFAULT_LOCALE = 'en';

export const LOCALES: readonly LocaleInfo[] = [
  { code: 'en', endonym: 'English', dir: 'ltr', uiReviewed: true },
  { code: 'cy', endonym: 'Cymraeg', dir: 'ltr', uiReviewed: false },
  { code: 'pl', endonym: 'Polski', dir: 'ltr', uiReviewed: false },
  { code: 'ro', endonym: 'Română', dir: 'ltr', uiReviewed: false },
  { code: 'pa', endonym: 'ਪੰਜਾਬੀ', dir: 'ltr', uiReviewed: false },
  { code: 'ur', endonym: 'اردو', dir: 'rtl', uiReviewed: false },
  { code: 'bn', endonym: 'বাংলা', dir: 'ltr', uiReviewed: false },
  { code: 'gu', endonym: 'ગુજરાતી', dir: 'ltr', uiReviewed: false },
  { code: 'ar', endonym: 'العربية', dir: 'rtl', uiReviewed: false },
  { code: 'so', endonym: 'Soomaali', dir: 'ltr', uiReviewed: false },
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
