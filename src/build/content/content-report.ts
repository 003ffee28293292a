import type { ContentPage } from './load-content';
import { readability, type Readability } from './readability';

/** Reading age we aim for: 9 to 11. Pages above the top of that range are listed. */
export const MAX_READING_AGE = 11;
const REVIEW_EVERY_DAYS = 365;

export interface PageReadability extends Readability {
  slug: string;
}

export function readabilityOf(pages: ContentPage[]): PageReadability[] {
  return pages
    .map((page) => ({ slug: page.slug, ...readability(`${page.headings}\n${page.text}`) }))
    .sort((a, b) => b.readingAge - a.readingAge);
}

/** Pages whose last review is more than a year before `now`, oldest first. */
export function pagesDueReview(pages: ContentPage[], now: Date): { slug: string; reviewed: string; days: number }[] {
  return pages
    .map((page) => ({
      slug: page.slug,
      reviewed: page.reviewed,
      days: Math.floor((now.getTime() - Date.parse(`${page.reviewed}T00:00:00Z`)) / 86_400_000),
    }))
    .filter((page) => page.days > REVIEW_EVERY_DAYS)
    .sort((a, b) => b.days - a.days);
}
