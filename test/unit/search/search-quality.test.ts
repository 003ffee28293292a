// @vitest-environment node
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/build/content/load-content';
import { buildSearchIndex, checkDocument, pageDocument } from '../../../src/build/search-index';
import { APP_PAGES } from '../../../src/build/site-pages';
import { createSearcher } from '../../../src/features/search/searcher';
import { expandQuery, processTerm, stemEnglish } from '../../../src/features/search/search-terms';

const content = loadContent(resolve('content'), APP_PAGES);
const indexFor = (locale: string) =>
  buildSearchIndex(
    [
      ...(content.pagesByLocale.get(locale) ?? []).map(pageDocument),
      ...content.checks.map((check) => checkDocument(check, locale)),
    ],
    locale,
  );
const search = createSearcher(indexFor('en'), 'en');
const searchWelsh = createSearcher(indexFor('cy'), 'cy');

describe('search quality: the page each query must return first', () => {
  it.each([
    ['domestic abuse', 'domestic-abuse'],
    ['DV', 'domestic-abuse'],
    ['domestic violence', 'domestic-abuse'],
    ['coercive control', 'domestic-abuse'],
    ['rape', 'rape-and-sexual-assault'],
    ['I was raped last night', 'rape-and-sexual-assault'],
    ['sexual assault', 'rape-and-sexual-assault'],
    ['SARC', 'rape-and-sexual-assault'],
    ['revenge porn', 'sexual-harassment-and-image-abuse'],
    ['sextortion', 'sexual-harassment-and-image-abuse'],
    ['forced marriage', 'forced-marriage'],
    ['forcd mariage', 'forced-marriage'],
    ['honour', 'honour-based-abuse'],
    ['FGM', 'fgm'],
    ['female genital mutilation', 'fgm'],
    ['stalker', 'stalking'],
    ['stalking', 'stalking'],
    ['boyfriend', 'teen-relationships'],
    ['refuge', 'leaving-and-refuges'],
    ['refuges', 'leaving-and-refuges'],
    ["Clare's Law", 'legal-protection'],
    ['non-molestation order', 'legal-protection'],
    ['safety plan', 'safety-planning'],
    ['spyware', 'cover-your-tracks'],
    ['worried about my friend', 'helping-someone'],
    ['MARAC', 'for-professionals'],
    ['gay', 'lgbt-plus'],
    ['deaf', 'deaf-people'],
    ['men', 'men-and-boys'],
    ['grooming', 'child-sexual-abuse'],
    ['is this ok', 'is-this-ok'],
    ['am I being abused', 'domestic-abuse'],
    ['referral routes', 'referral-routes'],
    ['IDVA referral', 'referral-routes'],
    ['made to work for no money', 'trafficking-and-exploitation'],
    ['modern slavery', 'trafficking-and-exploitation'],
    ['sex work', 'sex-work'],
    ['prostitution', 'sex-work'],
    ["my son's girlfriend is in a gang", 'girls-and-gangs'],
    ['county lines', 'girls-and-gangs'],
    ['easy read domestic abuse', 'easy-read/domestic-abuse'],
    ['easy read forced marriage', 'easy-read/forced-marriage'],
    ['easy read get help now', 'easy-read/helplines'],
  ])('"%s" → %s', (query, slug) => {
    expect(search(query)[0]?.slug).toBe(slug);
  });

  it('puts easy read pages first for "easy read" and for learning disabilities', () => {
    for (const query of ['easy read', 'easy to read', 'I have a learning disability']) {
      expect(
        search(query)
          .slice(0, 3)
          .map((hit) => hit.slug.split('/')[0]),
        query,
      ).toEqual(['easy-read', 'easy-read', 'easy-read']);
    }
  });

  it("offers the 'Is this OK?' checks among the first results when someone is unsure", () => {
    for (const query of ['relationship quiz', 'is it abuse', 'is this ok']) {
      expect(
        search(query)
          .slice(0, 3)
          .map((hit) => hit.slug),
      ).toContain('is-this-ok');
    }
  });

  it('finds nothing for nonsense rather than everything', () => {
    expect(search('zzqxv')).toEqual([]);
    expect(search('   ')).toEqual([]);
  });

  it('searches the Welsh site too (English pages stand in until translated)', () => {
    expect(searchWelsh('stalking')[0]?.slug).toBe('stalking');
  });
});

describe('search terms', () => {
  it('stems plurals and common endings', () => {
    expect(stemEnglish('refuges')).toBe('refuge');
    expect(stemEnglish('stories')).toBe('story');
    expect(stemEnglish('stalking')).toBe('stalk');
    expect(stemEnglish('abuse')).toBe('abuse');
    expect(stemEnglish("clare's")).toBe('clare');
  });

  it('drops English filler words but keeps every Welsh word', () => {
    expect(processTerm('the', 'en')).toBeNull();
    expect(processTerm('Cam-drin', 'cy')).toBe('cam-drin');
  });

  it('adds synonyms for whole words only', () => {
    expect(expandQuery('DV help', 'en')).toContain('domestic abuse');
    expect(expandQuery('advice', 'en')).toBe('advice');
  });
});
