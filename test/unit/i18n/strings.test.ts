import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import english from '../../../src/i18n/locales/en.json';
import welsh from '../../../src/i18n/locales/cy.json';
import { createI18n } from '../../../src/i18n/create-i18n';
import { LOCALES } from '../../../src/i18n/locales';
import { localeCoverage, uiKeys } from '../../../src/build/content/translation-coverage';

const allStrings = import.meta.glob<Record<string, unknown>>('../../../src/i18n/locales/*.json', {
  eager: true,
  import: 'default',
});

describe('UI strings', () => {
  it('has every English string in Welsh, and nothing extra', () => {
    expect([...uiKeys(welsh)].sort()).toEqual([...uiKeys(english)].sort());
  });

  it.each(LOCALES.map(({ code }) => code))(
    '%s has every English key, with every plural form its grammar needs',
    (code) => {
      const strings = allStrings[`../../../src/i18n/locales/${code}.json`];
      expect(strings, `src/i18n/locales/${code}.json`).toBeDefined();
      expect([...uiKeys(strings ?? {})].sort()).toEqual([...uiKeys(english)].sort());
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

describe('labels for what the content uses', () => {
  it('has a label for every topic a service file names, so no raw key ever shows', () => {
    const used = new Set(
      readdirSync('content/services')
        .filter((name) => name.endsWith('.yaml'))
        .flatMap(
          (name) =>
            (parse(readFileSync(`content/services/${name}`, 'utf8')) as { topics?: string[] })
              .topics ?? [],
        ),
    );
    const labels: Record<string, string> = english.topics;
    expect([...used].filter((topic) => !labels[topic])).toEqual([]);
  });
});
