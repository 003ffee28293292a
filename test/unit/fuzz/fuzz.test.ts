// @vitest-environment node
/**
 * Random and hostile input for the parts that take what people type (postcodes, town names,
 * search) and the opening-hours rules the content feeds in: no exception escapes, every
 * answer is one the page knows how to show, and nothing takes long.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGeoData } from '../../../src/build/geo/load-geo';
import { createGeoIndex } from '../../../src/features/near-me/geo-index';
import { parsePostcodeInput } from '../../../src/features/near-me/postcode-input';
import { loadContent } from '../../../src/build/content/load-content';
import { APP_PAGES } from '../../../src/build/site-pages';
import { buildSearchIndex, pageDocument } from '../../../src/build/search-index';
import { createSearcher } from '../../../src/features/search/searcher';
import { hoursSchema } from '../../../src/build/content/schema';
import { openingStatus } from '../../../src/features/helplines/opening-hours';
import { describeHours } from '../../../src/features/helplines/describe-hours';
import { toLondonMoment } from '../../../src/features/helplines/london-time';
import en from '../../../src/i18n/locales/en.json';

const root = resolve(import.meta.dirname, '../../..');
const geo = createGeoIndex(loadGeoData(root));
const content = loadContent(resolve(root, 'content'), APP_PAGES);
const search = createSearcher(
  buildSearchIndex((content.pagesByLocale.get('en') ?? []).map(pageDocument), 'en'),
  'en',
);

/** Strings people might paste: any Unicode, control characters, markup, very long runs. */
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    "'; DROP TABLE places; --",
    '../../etc/passwd',
    '\u202Eevil\u202C',
    '\u0000\u0001\u0002',
    '𝓒𝓕𝟏𝟎 𝟏𝓐𝓐',
    'ＣＦ１０ １ＡＡ',
    '%00%2e%2e',
    'a'.repeat(100_000),
    ' '.repeat(10_000),
  ),
  fc
    .tuple(
      fc.stringMatching(/^[A-Za-z]{1,2}\d[A-Za-z\d]?$/),
      fc.stringMatching(/^\s*\d[A-Za-z]{2}$/),
    )
    .map(([outward, inward]) => `${outward} ${inward}`),
);

const LOOKUP_KINDS = ['found', 'choose-town', 'problem'];
const RUN_MS = 50;

describe('fuzz: postcode and town input', () => {
  it('never throws, and always answers with something the page can show, quickly', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const started = performance.now();
        const parsed = parsePostcodeInput(text);
        const result = geo.lookup(text);
        geo.suggestTowns(text);
        expect(['empty', 'not-a-postcode', 'full', 'outcode']).toContain(parsed.kind);
        expect(LOOKUP_KINDS).toContain(result.kind);
        if (result.kind === 'found') {
          expect(Number.isFinite(result.location.point.lat)).toBe(true);
          expect(Math.abs(result.location.point.lat - 54.5)).toBeLessThan(8);
        }
        expect(performance.now() - started).toBeLessThan(RUN_MS * 10);
      }),
      { numRuns: 600 },
    );
  });

  it('places any point on Earth, or says it is outside, without throwing', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        (lat, lon) => {
          expect(LOOKUP_KINDS).toContain(geo.locateDevice({ lat, lon }).kind);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('fuzz: search', () => {
  it('never throws on any query, and returns at most 15 known pages', () => {
    const slugs = new Set((content.pagesByLocale.get('en') ?? []).map((page) => page.slug));
    fc.assert(
      fc.property(hostile, (query) => {
        const hits = search(query);
        expect(hits.length).toBeLessThanOrEqual(15);
        for (const hit of hits) expect(slugs.has(hit.slug)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('fuzz: opening hours', () => {
  const clock = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const day = fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun' as const);
  const source = { url: 'https://example.org/', checked: '2026-11-27', strength: 'primary' };
  const validHours = fc.record({
    schedule: fc.oneof(
      fc.constant('always' as const),
      fc.array(
        fc.record({
          days: fc.uniqueArray(day, { minLength: 1, maxLength: 7 }),
          open: clock,
          close: fc.oneof(clock, fc.constant('24:00')),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    ),
    bankHolidays: fc.constantFrom('open', 'closed', undefined),
    sources: fc.constant([source]),
  });

  it('the schema rejects malformed hours without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = hoursSchema.safeParse(value);
        expect(typeof parsed.success).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('any valid hours at any moment give a status the card can show, and words for print', () => {
    fc.assert(
      fc.property(
        validHours,
        fc.date({ min: new Date('2025-01-01'), max: new Date('2032-12-31'), noInvalidDate: true }),
        fc.boolean(),
        (hours, when, holiday) => {
          const parsed = hoursSchema.parse(hours);
          const status = openingStatus(parsed, toLondonMoment(when), () => holiday);
          expect(['always', 'open', 'closed']).toContain(status.state);
          if (status.state === 'open') expect(status.closesAt.dayOffset).toBeGreaterThanOrEqual(0);
          const words = describeHours(parsed, { always: '24 hours', to: 'to', days: en.weekdays });
          expect(words.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
