/**
 * `npm run content:check`: every build-time content rule, then each English page's reading
 * age and the pages due a review. Exits non-zero only when a rule is broken.
 */
import { resolve } from 'node:path';
import { DEFAULT_LOCALE } from '../../i18n/locales';
import { APP_PAGES } from '../site-pages';
import { ContentError, loadContent } from './load-content';
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

const english = (content.pagesByLocale.get(DEFAULT_LOCALE) ?? []).filter((page) => page.contentLocale === DEFAULT_LOCALE);
console.log(
  `Content rules: passed (${english.length} English pages, ${content.services.length} services, ${content.places.length} places)\n`,
);

console.log(`Reading age (Flesch–Kincaid grade + 5; target 9–${MAX_READING_AGE}):`);
const scores = readabilityOf(english);
for (const score of scores) {
  const flag = score.readingAge > MAX_READING_AGE ? '  ABOVE TARGET' : '';
  console.log(`  ${score.slug.padEnd(36)} ${score.readingAge.toFixed(1).padStart(5)}  (${score.words} words, ${score.sentences} sentences)${flag}`);
}
const above = scores.filter((score) => score.readingAge > MAX_READING_AGE);
console.log(above.length === 0 ? '  No page is above the target.' : `  ${above.length} page(s) above the target: ${above.map((s) => s.slug).join(', ')}`);

const due = pagesDueReview(english, new Date());
console.log(`\nNot reviewed for 12 months: ${due.length === 0 ? 'none' : ''}`);
for (const page of due) console.log(`  ${page.slug} (last reviewed ${page.reviewed}, ${page.days} days ago)`);
