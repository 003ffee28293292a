import { DEFAULT_LOCALE } from '../../i18n/locales';

/** UI string keys without their plural suffix, so 'x_one' and 'x_few' both count as 'x'. */
export function uiKeys(strings: object, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(strings)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (value && typeof value === 'object') uiKeys(value, `${path}.`).forEach((k) => keys.add(k));
    else keys.add(path);
  }
  return keys;
}

/** Plural keys ('quickExit.pressesLeft') and the categories a locale gives for each. */
export function pluralForms(strings: object, prefix = ''): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(strings)) {
    if (value && typeof value === 'object') {
      pluralForms(value, `${prefix}${key}.`).forEach((categories, base) => forms.set(base, categories));
      continue;
    }
    const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
    if (!match) continue;
    const base = `${prefix}${match[1]}`;
    forms.set(base, (forms.get(base) ?? new Set()).add(match[2] ?? ''));
  }
  return forms;
}

export interface LocaleCoverage {
  locale: string;
  pages: number;
  totalPages: number;
  missingPages: string[];
  uiKeys: number;
  totalUiKeys: number;
  missingUiKeys: string[];
  /** Plural keys lacking a category that Intl.PluralRules says this language uses. */
  missingPluralForms: string[];
}

export function localeCoverage(
  locale: string,
  translatedSlugs: string[],
  englishSlugs: string[],
  strings: object | undefined,
  englishStrings: object,
): LocaleCoverage {
  const english = uiKeys(englishStrings);
  const own = strings ? uiKeys(strings) : new Set<string>();
  const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const missingPluralForms = strings
    ? [...pluralForms(strings)].flatMap(([key, categories]) =>
        needed.filter((category) => !categories.has(category)).map((category) => `${key}_${category}`),
      )
    : [];
  const translated = new Set(translatedSlugs);
  return {
    locale,
    pages: locale === DEFAULT_LOCALE ? englishSlugs.length : englishSlugs.filter((slug) => translated.has(slug)).length,
    totalPages: englishSlugs.length,
    missingPages: locale === DEFAULT_LOCALE ? [] : englishSlugs.filter((slug) => !translated.has(slug)),
    uiKeys: [...english].filter((key) => own.has(key)).length,
    totalUiKeys: english.size,
    missingUiKeys: [...english].filter((key) => !own.has(key)),
    missingPluralForms,
  };
}
