import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_LOCALE, LOCALES } from '../../i18n/locales';
import type { ServiceSummary } from '../../app/page-model';
import { splitFrontMatter } from './front-matter';
import { compileMarkdown } from './compile-markdown';

export interface ContentPage {
  slug: string;
  kind: 'guide' | 'info';
  title: string;
  summary: string;
  reviewed: string;
  /** Locale the words are in; differs from the page's locale when it fell back to English. */
  contentLocale: string;
  html: string;
}

/** A page as read from its file, before it is compiled for a particular locale. */
interface SourcePage extends Omit<ContentPage, 'html'> {
  file: string;
  body: string;
  bodyStartLine: number;
}

export interface ServiceRecord {
  id: string;
  name: string;
  summary: Record<string, string>;
  contacts: ServiceSummary['contacts'];
}

export interface SiteContent {
  /** Every page slug in every locale, with English standing in where a translation is missing. */
  pagesByLocale: Map<string, ContentPage[]>;
  services: ServiceRecord[];
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content has ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads, validates and compiles everything in content/. Every problem is reported as
 * 'file:line: what is wrong', all at once, in a thrown ContentError.
 */
export function loadContent(contentDir: string, appPages: readonly string[]): SiteContent {
  const problems: string[] = [];
  const services = loadServices(join(contentDir, 'services'), problems);
  const sources = new Map<string, Map<string, SourcePage>>();
  for (const { code } of LOCALES) sources.set(code, readLocalePages(contentDir, code, problems));

  const english = sources.get(DEFAULT_LOCALE) ?? new Map<string, SourcePage>();
  for (const pages of sources.values()) {
    for (const page of pages.values()) {
      if (!english.has(page.slug)) problems.push(`${page.file}:1: has no English page`);
    }
  }

  const knownSlugs = new Set([...appPages, ...english.keys()]);
  const pagesByLocale = new Map<string, ContentPage[]>();
  for (const { code } of LOCALES) {
    const own = sources.get(code) ?? new Map<string, SourcePage>();
    const compiled = [...english.values()].map((englishPage) => {
      const source = own.get(englishPage.slug) ?? englishPage;
      // A fallback page is compiled again for this locale so its links stay in this language.
      const reportProblems = source.contentLocale === code;
      return compileSourcePage(source, code, knownSlugs, reportProblems ? problems : []);
    });
    pagesByLocale.set(code, compiled);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { pagesByLocale, services };
}

function readLocalePages(contentDir: string, locale: string, problems: string[]): Map<string, SourcePage> {
  const dir = join(contentDir, locale);
  const pages = new Map<string, SourcePage>();
  if (!existsSync(dir)) return pages;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.md')).sort()) {
    const file = relative(process.cwd(), join(dir, name));
    const page = readSourcePage(file, readFileSync(join(dir, name), 'utf8'), locale, problems);
    if (page) pages.set(page.slug, page);
  }
  return pages;
}

function readSourcePage(file: string, text: string, locale: string, problems: string[]): SourcePage | undefined {
  const { data, body, bodyStartLine } = splitFrontMatter(text);
  const before = problems.length;
  for (const field of ['title', 'summary'] as const) {
    if (typeof data[field] !== 'string' || data[field] === '') {
      problems.push(`${file}:1: front matter needs a "${field}"`);
    }
  }
  const reviewed = normaliseDate(data.reviewed);
  if (!reviewed) problems.push(`${file}:1: front matter needs "reviewed" as YYYY-MM-DD`);
  if (data.kind !== 'guide' && data.kind !== 'info') {
    problems.push(`${file}:1: front matter "kind" must be "guide" or "info"`);
  }
  if (problems.length > before) return undefined;
  return {
    file,
    slug: file.replace(/^.*[\\/]/, '').replace(/\.md$/, ''),
    kind: data.kind as SourcePage['kind'],
    title: data.title as string,
    summary: data.summary as string,
    reviewed: reviewed as string,
    contentLocale: locale,
    body,
    bodyStartLine,
  };
}

function compileSourcePage(
  source: SourcePage,
  locale: string,
  knownSlugs: Set<string>,
  problems: string[],
): ContentPage {
  const compiled = compileMarkdown(source.body, locale, source.bodyStartLine - 1);
  for (const problem of compiled.problems) problems.push(`${source.file}:${problem.line}: ${problem.message}`);
  for (const link of compiled.internalLinks) {
    if (!knownSlugs.has(link.slug)) {
      problems.push(`${source.file}:${link.line}: link to "/${link.slug}/" goes to no page`);
    }
  }
  const { slug, kind, title, summary, reviewed, contentLocale } = source;
  return { slug, kind, title, summary, reviewed, contentLocale, html: compiled.html };
}

function loadServices(dir: string, problems: string[]): ServiceRecord[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const file = relative(process.cwd(), join(dir, name));
      const data = parse(readFileSync(join(dir, name), 'utf8')) as Partial<ServiceRecord> | null;
      const before = problems.length;
      if (!data || data.id !== name.replace(/\.yaml$/, '')) {
        problems.push(`${file}:1: "id" must match the file name`);
        return [];
      }
      if (typeof data.summary?.[DEFAULT_LOCALE] !== 'string') {
        problems.push(`${file}:1: needs an English "summary"`);
      }
      for (const contact of data.contacts ?? []) {
        contact.number = String(contact.number);
        const sources = contact.sources ?? [];
        for (const source of sources) source.checked = normaliseDate(source.checked) ?? '';
        const sourced = sources.every((source) => source.url?.startsWith('https://') && source.checked !== '');
        if (sources.length === 0 || !sourced) {
          problems.push(`${file}:1: contact ${contact.number} needs sources with an https url and a checked date`);
        }
      }
      return problems.length > before ? [] : [data as ServiceRecord];
    });
}

/** YAML turns unquoted dates into Date objects; pages and services want plain ISO strings. */
function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && ISO_DATE.test(value) ? value : undefined;
}
