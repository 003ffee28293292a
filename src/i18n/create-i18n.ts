import i18next, { type i18n, type Resource } from 'i18next';
import { DEFAULT_LOCALE } from './locales';

export type UiStrings = Record<string, unknown>;

/**
 * Makes a fresh, synchronous i18next instance for one locale. A new instance per page
 * (rather than the global singleton) keeps prerendering of many locales in one process
 * free of shared state.
 */
export function createI18n(locale: string, strings: UiStrings, fallback?: UiStrings): i18n {
  const resources: Resource = { [locale]: { translation: strings } };
  if (fallback && locale !== DEFAULT_LOCALE) {
    resources[DEFAULT_LOCALE] = { translation: fallback };
  }
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources,
    initAsync: false,
    // Preact escapes text when rendering, so escaping here would double-escape.
    interpolation: { escapeValue: false },
  });
  return instance;
}
