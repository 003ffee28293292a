// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent } from '../../../src/build/content/load-content';
import { APP_PAGES } from '../../../src/build/site-pages';

function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string, front = 'title: T\nsummary: S\nkind: guide\nreviewed: 2026-11-27') =>
  `---\n${front}\n---\n${body}\n`;

function problemsOf(files: Record<string, string>): string[] {
  try {
    loadContent(contentDir(files), APP_PAGES);
  } catch (error) {
    if (error instanceof ContentError)
      return error.problems.map((p) => p.replace(/^.*content-\w+\//, ''));
    throw error;
  }
  return [];
}

describe('loadContent', () => {
  it('loads the real content with no problems', () => {
    const content = loadContent(resolve('content'), APP_PAGES);
    const welsh = content.pagesByLocale.get('cy') ?? [];
    expect(welsh.map((p) => p.slug)).toContain('domestic-abuse');
    expect(content.services.map((s) => s.id)).toContain('emergency-999');
  });

  it('falls back to English for a missing translation, with links kept in the reader’s language', () => {
    const dir = contentDir({ 'en/a.md': page('Go to [help](/helplines/).') });
    const [welsh] = loadContent(dir, APP_PAGES).pagesByLocale.get('cy') ?? [];
    expect(welsh?.contentLocale).toBe('en');
    expect(welsh?.html).toContain('href="/cy/helplines/"');
  });

  it('reports each problem as file:line', () => {
    const problems = problemsOf({
      'en/a.md': page('Line one.\n\n[broken](/nowhere/)'),
      'en/b.md': page('ok', 'summary: S\nkind: guide\nreviewed: 2026-11-27'),
      'en/c.md': page('<iframe src="x"></iframe>'),
      'cy/d.md': page('Dim tudalen Saesneg.'),
    });
    expect(problems).toEqual([
      'en/b.md:1: front matter needs a "title"',
      'cy/d.md:1: has no English page',
      'en/a.md:9: link to "/nowhere/" goes to no page',
      'en/c.md:7: raw HTML is not allowed in content',
    ]);
  });

  it('refuses a service number with no source', () => {
    const problems = problemsOf({
      'en/a.md': page('ok'),
      'services/x.yaml':
        'id: x\nname: X\nsummary: { en: s }\ncontacts:\n  - kind: phone\n    number: 0800 000 000\n',
    });
    expect(problems).toEqual([
      'services/x.yaml:1: contact 0800 000 000 needs sources with an https url and a checked date',
    ]);
  });
});
