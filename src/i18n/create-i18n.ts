import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
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

/**
 * i18next's t() resolves fallbacks, plurals and nesting on every call. A page of 40 service
 * cards asks for the same few strings hundreds of times while it starts, which cost a slow
 * phone about 100 ms; strings never change once a page has loaded, so each answer is kept.
 */
export function rememberTranslations(t: TFunction): TFunction {
  const answers = new Map<string, unknown>();
  const remembered = (key: string | string[], options?: Record<string, unknown>) => {
    const question = JSON.stringify([key, options ?? null]);
    if (!answers.has(question)) answers.set(question, t(key, options));
    return answers.get(question);
  };
  return remembered as unknown as TFunction;
}
