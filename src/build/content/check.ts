/**
 * `npm run content:check`: every build-time content rule, then each English page's reading
 * age and the pages due a review. Exits non-zero only when a rule is broken.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_LOCALE, LOCALES } from '../../i18n/locales';
import { localeCoverage } from './translation-coverage';
import { APP_PAGES } from '../site-pages';
import { ContentError, EASY_READ_MAX_READING_AGE, EASY_READ_PREFIX, loadContent } from './load-content';
import { loadGeoData } from '../geo/load-geo';
import { placeSiteProblems } from '../geo/place-positions';
import { createGeoIndex } from '../../features/near-me/geo-index';
import { MAX_READING_AGE, pagesDueReview, readabilityOf } from './content-report';

const root = resolve(import.meta.dirname, '../../..');
let content;
try {
  content = loadContent(resolve(root, 'content'), APP_PAGES);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const siteProblems = placeSiteProblems(content.places, createGeoIndex(loadGeoData(root)));
if (siteProblems.length > 0) {
  console.error(siteProblems.join('\n'));
  process.exit(1);
}

const english = (content.pagesByLocale.get(DEFAULT_LOCALE) ?? []).filter((page) => page.contentLocale === DEFAULT_LOCALE);
console.log(
  `Content rules: passed (${english.length} English pages, ${content.services.length} services, ${content.places.length} places)\n`,
);

console.log(`Reading age (Flesch–Kincaid grade + 5; target 9–${MAX_READING_AGE}):`);
const scores = readabilityOf(english);
for (const score of scores) {
  const easyRead = score.slug.startsWith(EASY_READ_PREFIX);
  const tooHigh = easyRead ? score.readingAge >= EASY_READ_MAX_READING_AGE : score.readingAge > MAX_READING_AGE;
  const flag = tooHigh ? '  ABOVE TARGET' : easyRead ? `  (easy read: under ${EASY_READ_MAX_READING_AGE})` : '';
  console.log(`  ${score.slug.padEnd(36)} ${score.readingAge.toFixed(1).padStart(5)}  (${score.words} words, ${score.sentences} sentences)${flag}`);
}
const above = scores.filter((score) => score.readingAge > MAX_READING_AGE);
console.log(above.length === 0 ? '  No page is above the target.' : `  ${above.length} page(s) above the target: ${above.map((s) => s.slug).join(', ')}`);

// Translation coverage: Welsh must be complete (pages and UI strings); other languages are
// reported, and every language must give each plural key all the forms its grammar uses.
const englishStrings = readStrings(DEFAULT_LOCALE) ?? {};
const CORE_PAGES = [
  'domestic-abuse',
  'rape-and-sexual-assault',
  'forced-marriage',
  'honour-based-abuse',
  'fgm',
  'stalking',
  'safety-planning',
  'cover-your-tracks',
  'helping-someone',
];
const englishSlugs = english.map((page) => page.slug);
let coverageProblems = 0;
console.log('\nTranslation coverage (pages translated; UI keys):');
for (const { code } of LOCALES) {
  const coverage = localeCoverage(code, content.translatedSlugs.get(code) ?? [], englishSlugs, readStrings(code), englishStrings);
  const percent = (part: number, whole: number) => `${Math.round((part / Math.max(1, whole)) * 100)}%`;
  console.log(
    `  ${code.padEnd(3)} pages ${String(coverage.pages).padStart(2)}/${coverage.totalPages} (${percent(coverage.pages, coverage.totalPages).padStart(4)})` +
      `  UI keys ${String(coverage.uiKeys).padStart(3)}/${coverage.totalUiKeys} (${percent(coverage.uiKeys, coverage.totalUiKeys).padStart(4)})` +
      `  core guides ${CORE_PAGES.length - CORE_PAGES.filter((slug) => code !== DEFAULT_LOCALE && coverage.missingPages.includes(slug)).length}/${CORE_PAGES.length}`,
  );
  const required = code === 'cy';
  // Every other language must at least have the core guides translated.
  const missingCore = code === DEFAULT_LOCALE || required ? [] : CORE_PAGES.filter((slug) => coverage.missingPages.includes(slug));
  const problems = [
    ...(required ? coverage.missingPages.map((slug) => `content/cy/${slug}.md is missing`) : []),
    ...missingCore.map((slug) => `content/${code}/${slug}.md (a core guide) is missing`),
    ...(code !== DEFAULT_LOCALE ? coverage.missingUiKeys.map((key) => `UI key "${key}" is missing`) : []),
    ...coverage.missingPluralForms.map((key) => `plural form "${key}" is missing`),
  ];
  for (const problem of problems) console.error(`    ${code}: ${problem}`);
  coverageProblems += problems.length;
}

// Welsh at parity covers the helpline and place texts too, not only pages and UI strings.
const welshGaps = [
  ...content.services.flatMap((service) => [
    ...(service.summary.cy ? [] : [`content/services/${service.id}.yaml: summary has no Welsh (cy)`]),
    ...(service.whatHappens && !service.whatHappens.text.cy ? [`content/services/${service.id}.yaml: whatHappens has no Welsh (cy)`] : []),
  ]),
  ...content.places.flatMap((place) =>
    place.offers.text.cy && place.area.text.cy ? [] : [`content/places/${place.id}.yaml: offers or area has no Welsh (cy)`],
  ),
  ...untranslated(content.journeys, 'cy').map((where) => `content/journeys.yaml: ${where} has no Welsh (cy)`),
  ...content.checks.flatMap((check) =>
    untranslated(check, 'cy').map((where) => `content/checks/${check.slug}.yaml: ${where} has no Welsh (cy)`),
  ),
];
console.log(`  cy  service, place, journey and check texts: ${welshGaps.length === 0 ? 'all in Welsh' : `${welshGaps.length} missing`}`);
for (const gap of welshGaps) console.error(`    cy: ${gap}`);
coverageProblems += welshGaps.length;

const due = pagesDueReview(english, new Date());
console.log(`\nNot reviewed for 12 months: ${due.length === 0 ? 'none' : ''}`);
for (const page of due) console.log(`  ${page.slug} (last reviewed ${page.reviewed}, ${page.days} days ago)`);
if (coverageProblems > 0) {
  console.error(`\n${coverageProblems} translation problem(s): see above.`);
  process.exit(1);
}

function readStrings(locale: string): Record<string, unknown> | undefined {
  const file = resolve(root, 'src/i18n/locales', `${locale}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
}

/** Paths of the words (objects with an 'en' key) anywhere in `value` that lack `locale`. */
function untranslated(value: unknown, locale: string, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => untranslated(item, locale, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string') return typeof record[locale] === 'string' ? [] : [path || '(top)'];
  return Object.entries(record).flatMap(([key, item]) => untranslated(item, locale, path ? `${path}.${key}` : key));
}
