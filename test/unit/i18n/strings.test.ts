import { describe, expect, it } from 'vitest';
import english from '../../../src/i18n/locales/en.json';
import welsh from '../../../src/i18n/locales/cy.json';
import { createI18n } from '../../../src/i18n/create-i18n';
import { LOCALES } from '../../../src/i18n/locales';

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

describe('UI strings', () => {
  it('has every English string in Welsh, and nothing extra', () => {
    expect([...baseKeys(welsh)].sort()).toEqual([...baseKeys(english)].sort());
  });

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
