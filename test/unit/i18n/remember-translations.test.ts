import { describe, expect, it, vi } from 'vitest';
import { createI18n, rememberTranslations } from '../../../src/i18n/create-i18n';
import en from '../../../src/i18n/locales/en.json';
import cy from '../../../src/i18n/locales/cy.json';

describe('rememberTranslations', () => {
  it('gives the same answers as i18next, including plurals, placeholders and objects', () => {
    const i18n = createI18n('cy', cy, en);
    const t = rememberTranslations(i18n.t);
    for (const [key, options] of [
      ['helplines.status.always', undefined],
      ['helplines.status.opensOn', { day: 'Dydd Llun', time: '09:00' }],
      ['tools.skipped', { count: 1 }],
      ['tools.skipped', { count: 3 }],
      ['weekdays', { returnObjects: true }],
    ] as const) {
      expect(t(key, options)).toEqual(i18n.t(key, options));
    }
  });

  it('asks i18next once per key and options, however often a page asks', () => {
    const i18n = createI18n('en', en);
    const spy = vi.fn(i18n.t);
    const t = rememberTranslations(spy as unknown as typeof i18n.t);
    for (let card = 0; card < 40; card++) {
      t('helplines.free');
      t('helplines.status.openUntil', { time: '17:00' });
    }
    t('helplines.status.openUntil', { time: '18:00' });
    expect(spy).toHaveBeenCalledTimes(3);
    expect(t('helplines.status.openUntil', { time: '18:00' })).toContain('18:00');
  });
});
