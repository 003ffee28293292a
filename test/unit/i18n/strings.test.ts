import { describe, expect, it } from 'vitest';
import english from '../../../src/i18n/locales/en.json';
import welsh from '../../../src/i18n/locales/cy.json';
import { createI18n } from '../../../src/i18n/create-i18n';
import { LOCALES } from '../../../src/i18n/locales';
import { localeCoverage } from '../../../src/build/content/translation-coverage';

/** Keys without their plural suffix, so 'x_one' and 'x_few' both count as 'x'. */
function baseKeys(strings: object, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(strings)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (value && typeof value === 'object') baseKeys(value, `${path}.`).forEach((k) => keys.add(k));
    else keys.add(path);
  }
  return keys;
}

const allStrings = import.meta.glob<Record<string, unknown>>('../../../src/i18n/locales/*.json', {
  eager: true,
  import: 'default',
});

describe('UI strings', () => {
  it('has every English string in Welsh, and nothing extra', () => {
    expect([...baseKeys(welsh)].sort()).toEqual([...baseKeys(english)].sort());
  });

  it.each(LOCALES.map(({ code }) => code))(
    '%s has every English key, with every plural form its grammar needs',
    (code) => {
      const strings = allStrings[`../../../src/i18n/locales/${code}.json`];
      expect(strings, `src/i18n/locales/${code}.json`).toBeDefined();
      expect([...baseKeys(strings ?? {})].sort()).toEqual([...baseKeys(english)].sort());
      const coverage = localeCoverage(code, [], [], strings, english);
      expect(coverage.missingPluralForms).toEqual([]);
    },
  );

  it('has a file for every locale in the locale table', async () => {
    for (const { code } of LOCALES) {
      await expect(import(`../../../src/i18n/locales/${code}.json`)).resolves.toBeTruthy();
    }
  });

  it('uses Welsh plural forms for the Shift countdown', () => {
    const t = createI18n('cy', welsh, english).t;
    expect(t('quickExit.pressesLeft', { count: 1 })).toBe(
      'Pwyswch Shift unwaith eto i adael y wefan.',
    );
    expect(t('quickExit.pressesLeft', { count: 2 })).toBe(
      'Pwyswch Shift ddwywaith eto i adael y wefan.',
    );
    expect(new Intl.PluralRules('cy').resolvedOptions().pluralCategories).toHaveLength(6);
  });
});
