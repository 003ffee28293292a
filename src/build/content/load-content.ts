import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES } from '../../i18n/locales';
import type { ServiceSummary } from '../../app/page-model';
import { splitFrontMatter } from './front-matter';
import { compileMarkdown } from './compile-markdown';
import { findPhoneNumbers, normalisePhoneNumber } from './phone-numbers';
import {
  pageFrontMatterSchema,
  placeSchema,
  serviceSchema,
  type PageFrontMatter,
  type PlaceFile,
  type ServiceFile,
  checkSchema,
  journeysSchema,
  type CheckFile,
  type JourneysFile,
} from './schema';
import { journeyProblems, journeySlug } from './journeys';
import { parseYamlWithLines } from './yaml-lines';
import { readability } from './readability';

/** Easy read pages live in content/<locale>/easy-read/ and are served at /easy-read/<slug>/. */
export const EASY_READ_PREFIX = 'easy-read/';
/** Easy read must be easier than the rest: a reading age under 8 (the rest aim at 9 to 11). */
export const EASY_READ_MAX_READING_AGE = 8;
const PICTURES_DIR = join(import.meta.dirname, '../../features/easy-read/pictures');

/** The bundled easy read pictures, by name (the file name without .svg). */
export function loadPictures(dir = PICTURES_DIR): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.svg'))
      .map((name) => [name.replace(/\.svg$/, ''), readFileSync(join(dir, name), 'utf8').trim()]),
  );
}

export interface ContentPage extends Omit<PageFrontMatter, 'translation'> {
  slug: string;
  /** Locale the words are in; differs from the page's locale when it fell back to English. */
  contentLocale: string;
  html: string;
  /** For translations: how far the words have been checked; undefined for English. */
  translationStatus?: 'machine-draft' | 'human-draft' | 'reviewed';
  /** Headings and body text, for the search index. */
  headings: string;
  text: string;
}

/** A page as read from its file, before it is compiled for a particular locale. */
interface SourcePage {
  file: string;
  slug: string;
  locale: string;
  frontMatter: PageFrontMatter;
  body: string;
  bodyStartLine: number;
}

export type ServiceRecord = ServiceFile;

export interface SiteContent {
  /** Every page slug in every locale, with English standing in where a translation is missing. */
  pagesByLocale: Map<string, ContentPage[]>;
  services: ServiceRecord[];
  places: PlaceFile[];
  /** The three ways in (content/journeys.yaml). */
  journeys: JourneysFile;
  /** 'Is this OK?' checks (content/checks/). */
  checks: CheckFile[];
  /** For each locale, the slugs that have their own translated file. */
  translatedSlugs: Map<string, string[]>;
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content has ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
}

/**
 * Reads, validates and compiles everything in content/. Every problem is reported as
 * 'file:line: what is wrong', all at once, in a thrown ContentError.
 */
export function loadContent(contentDir: string, appPages: readonly string[]): SiteContent {
  const problems: string[] = [];
  const pictures = loadPictures();
  const services = loadServices(join(contentDir, 'services'), problems);
  const places = loadYamlFolder(join(contentDir, 'places'), placeSchema, problems);
  const serviceIds = new Set(services.map((service) => service.id));
  const knownNumbers = new Set(
    services.flatMap((service) =>
      service.contacts.flatMap((contact) => ('number' in contact ? [normalisePhoneNumber(contact.number)] : [])),
    ),
  );

  const sources = new Map<string, Map<string, SourcePage>>();
  for (const { code } of LOCALES) sources.set(code, readLocalePages(contentDir, code, problems));
  const english = sources.get(DEFAULT_LOCALE) ?? new Map<string, SourcePage>();
  const checks = loadYamlFolder(join(contentDir, 'checks'), checkSchema, problems, (check) => check.slug);
  const journeys = loadJourneys(contentDir, problems);
  const knownSlugs = new Set([
    ...appPages,
    ...english.keys(),
    ...checks.map((check) => check.slug),
    ...journeys.steps.map((step) => journeySlug(step.id)),
  ]);
  problems.push(...journeyProblems(journeys, { serviceIds, slugs: knownSlugs }));
  for (const check of checks) {
    for (const id of check.services)
      if (!serviceIds.has(id)) problems.push(`content/checks/${check.slug}.yaml: service "${id}" does not exist in content/services/`);
    for (const slug of check.pages)
      if (!knownSlugs.has(slug)) problems.push(`content/checks/${check.slug}.yaml: page "${slug}" does not exist`);
  }

  for (const pages of sources.values()) {
    for (const page of pages.values()) {
      const source = english.get(page.slug);
      if (!source) problems.push(`${page.file}:1: has no English page`);
      checkReferences(page, serviceIds, knownSlugs, problems);
      checkEasyRead(page, knownSlugs, problems);
      // The English page's review date moves when its facts change: a translation made from
      // an older version may state an old fact, so it must be brought up to date first.
      const from = page.frontMatter.translation?.englishReviewed;
      if (source && from && from < source.frontMatter.reviewed) {
        problems.push(
          `${page.file}:1: translated from the English page of ${from}, but the English page changed on ${source.frontMatter.reviewed}: update the translation`,
        );
      }
    }
  }

  const pagesByLocale = new Map<string, ContentPage[]>();
  for (const { code } of LOCALES) {
    const own = sources.get(code) ?? new Map<string, SourcePage>();
    const compiled = [...english.values()].map((englishPage) => {
      const source = own.get(englishPage.slug) ?? englishPage;
      // A fallback page is compiled again for this locale so its links stay in this language;
      // its problems were already reported when it was compiled for its own locale.
      const report = source.locale === code ? problems : [];
      return compileSourcePage(source, code, { knownSlugs, knownNumbers, pictures }, report);
    });
    pagesByLocale.set(code, compiled);
  }
  if (problems.length > 0) throw new ContentError(problems);
  const translatedSlugs = new Map(
    [...sources].map(([locale, pages]) => [locale, locale === DEFAULT_LOCALE ? [] : [...pages.keys()]]),
  );
  return { pagesByLocale, services, places, journeys, checks, translatedSlugs };
}

function checkReferences(page: SourcePage, serviceIds: Set<string>, slugs: Set<string>, problems: string[]) {
  const { frontMatter, file } = page;
  for (const id of frontMatter.services) {
    if (!serviceIds.has(id)) problems.push(`${file}:1: service "${id}" does not exist in content/services/`);
  }
  if (frontMatter.parent && !slugs.has(frontMatter.parent)) {
    problems.push(`${file}:1: parent "${frontMatter.parent}" is not a page`);
  }
  if (page.locale !== DEFAULT_LOCALE && !frontMatter.translation) {
    problems.push(`${file}:1: a translated page needs "translation" (status and englishReviewed)`);
  }
}

/**
 * Easy read pages: the kind and the folder must agree, the page they are the easy read of
 * must exist, every paragraph opens with a picture, and English ones read at under 8.
 */
function checkEasyRead(page: SourcePage, slugs: Set<string>, problems: string[]) {
  const inFolder = page.slug.startsWith(EASY_READ_PREFIX);
  const isEasyRead = page.frontMatter.kind === 'easy-read';
  if (inFolder !== isEasyRead) {
    problems.push(
      `${page.file}:1: easy read pages, and only they, go in content/${page.locale}/easy-read/ with "kind: easy-read"`,
    );
    return;
  }
  if (!isEasyRead) return;
  const standard = page.slug.slice(EASY_READ_PREFIX.length);
  if (!slugs.has(standard)) {
    problems.push(`${page.file}:1: it is the easy read of "/${standard}/", which is not a page`);
  }
  if (page.locale === DEFAULT_LOCALE) {
    const { readingAge } = readability(page.body);
    if (readingAge >= EASY_READ_MAX_READING_AGE) {
      problems.push(
        `${page.file}:1: reading age ${readingAge} is too high for easy read (it must be under ${EASY_READ_MAX_READING_AGE}): use shorter sentences and words`,
      );
    }
  }
}

function readLocalePages(contentDir: string, locale: string, problems: string[]): Map<string, SourcePage> {
  const pages = new Map<string, SourcePage>();
  for (const [folder, prefix] of [
    [join(contentDir, locale), ''],
    [join(contentDir, locale, 'easy-read'), EASY_READ_PREFIX],
  ] as const) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.md')).sort()) {
      const file = relative(process.cwd(), join(folder, name));
      const page = readSourcePage(file, readFileSync(join(folder, name), 'utf8'), locale, problems);
      if (page) pages.set(`${prefix}${page.slug}`, { ...page, slug: `${prefix}${page.slug}` });
    }
  }
  return pages;
}

function readSourcePage(file: string, text: string, locale: string, problems: string[]): SourcePage | undefined {
  const { yaml, yamlStartLine, body, bodyStartLine } = splitFrontMatter(text);
  if (yaml === '') {
    problems.push(`${file}:1: needs front matter between '---' lines`);
    return undefined;
  }
  const frontMatter = validateYaml(file, yaml, yamlStartLine, pageFrontMatterSchema, problems);
  if (!frontMatter) return undefined;
  const slug = file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
  return { file, slug, locale, frontMatter, body, bodyStartLine };
}

/** Validates YAML against a schema, reporting each problem on the line it is on. */
function validateYaml<Schema extends z.ZodType>(
  file: string,
  yaml: string,
  firstLine: number,
  schema: Schema,
  problems: string[],
): z.infer<Schema> | undefined {
  const parsed = parseYamlWithLines(yaml, firstLine);
  for (const error of parsed.errors) problems.push(`${file}:${error.line}: YAML: ${error.message}`);
  if (parsed.errors.length > 0) return undefined;
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const where = issue.path.length > 0 ? `"${issue.path.join('.')}" ` : '';
    problems.push(`${file}:${parsed.lineOf(issue.path)}: ${where}${issue.message}`);
  }
  return undefined;
}

function compileSourcePage(
  source: SourcePage,
  locale: string,
  known: { knownSlugs: Set<string>; knownNumbers: Set<string>; pictures: ReadonlyMap<string, string> },
  problems: string[],
): ContentPage {
  const { file, frontMatter } = source;
  const { knownSlugs, knownNumbers, pictures } = known;
  const compiled = compileMarkdown(source.body, locale, source.bodyStartLine - 1, pictures);
  for (const problem of compiled.problems) problems.push(`${file}:${problem.line}: ${problem.message}`);
  if (frontMatter.kind === 'easy-read') {
    for (const paragraph of compiled.paragraphs.filter((p) => !p.startsWithPicture)) {
      problems.push(
        `${file}:${paragraph.line}: in easy read, every line starts with a picture: ![](picture:name)`,
      );
    }
  }
  for (const link of compiled.internalLinks) {
    if (!knownSlugs.has(link.slug)) problems.push(`${file}:${link.line}: link to "/${link.slug}/" goes to no page`);
  }
  for (const block of compiled.textBlocks) {
    for (const number of findPhoneNumbers(block.text)) {
      if (!knownNumbers.has(number.digits)) {
        problems.push(
          `${file}:${block.line}: phone number "${number.text}" is not in any service file: put it in content/services/ with its source`,
        );
      }
    }
  }
  const { translation, ...rest } = frontMatter;
  return {
    ...rest,
    translationStatus: source.locale === DEFAULT_LOCALE ? undefined : translation?.status,
    slug: source.slug,
    contentLocale: source.locale,
    html: compiled.html,
    headings: compiled.textBlocks.filter((block) => block.isHeading).map((block) => block.text).join(' \n'),
    text: compiled.textBlocks.filter((block) => !block.isHeading).map((block) => block.text).join(' \n'),
  };
}

function loadServices(dir: string, problems: string[]): ServiceRecord[] {
  return loadYamlFolder(dir, serviceSchema, problems);
}

/** Every <key>.yaml in a folder, validated; each file's key (its id) must match its name. */
function loadYamlFolder<Schema extends z.ZodType>(
  dir: string,
  schema: Schema,
  problems: string[],
  keyOf: (item: z.infer<Schema>) => string = (item) => (item as { id: string }).id,
): z.infer<Schema>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const file = relative(process.cwd(), join(dir, name));
      const item = validateYaml(file, readFileSync(join(dir, name), 'utf8'), 1, schema, problems);
      if (!item) return [];
      if (keyOf(item) !== name.replace(/\.yaml$/, '')) {
        problems.push(`${file}:1: its id must match the file name`);
        return [];
      }
      return [item];
    });
}

/** content/journeys.yaml, validated; no steps when it is missing or broken (with a problem). */
function loadJourneys(contentDir: string, problems: string[]): JourneysFile {
  const path = join(contentDir, 'journeys.yaml');
  if (!existsSync(path)) {
    problems.push('content/journeys.yaml: missing');
    return { steps: [] };
  }
  const file = relative(process.cwd(), path);
  return validateYaml(file, readFileSync(path, 'utf8'), 1, journeysSchema, problems) ?? { steps: [] };
}

/** What the helplines page and 'Who can help' show for one service, in one locale. */
export function summariseService(service: ServiceRecord, locale: string): ServiceSummary {
  const translated = service.summary[locale] !== undefined;
  const wordsLocale = translated ? locale : DEFAULT_LOCALE;
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  return {
    id: service.id,
    name: service.name,
    summary: service.summary[wordsLocale] ?? '',
    summaryLocale: wordsLocale,
    nations: service.nations,
    topics: service.topics ?? [],
    for: service.for,
    languages: service.languages && {
      ...service.languages,
      spokenNames: service.languages.spoken.map((code) => languageNames.of(code) ?? code),
    },
    whatHappens: service.whatHappens?.text[wordsLocale] ?? service.whatHappens?.text[DEFAULT_LOCALE],
    whatHappensSources: service.whatHappens?.sources,
    contacts: service.contacts,
  };
}
