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

const SOURCE = `sources:
  - url: https://www.gov.uk/x
    checked: 2026-11-27
    strength: official`;

const FRONT = `title: T
summary: S
kind: guide
audiences: [survivor]
topics: [stalking]
services: [svc]
${SOURCE}
reviewed: 2026-11-27
keyPoints: [One., Two., Three.]`;

const page = (body: string, front = FRONT) => `---\n${front}\n---\n${body}\n`;

const SERVICE = `id: svc
name: A service
nations: [england]
summary: { en: Helps. }
contacts:
  - kind: phone
    number: '0808 000 1111'
    ${SOURCE.replace(/\n/g, '\n    ')}
  - kind: phone
    number: '999'
    ${SOURCE.replace(/\n/g, '\n    ')}
`;

/** The three journeys at their smallest: each first step is already a destination. */
const destination = (id: string) => `  - id: ${id}
    say: { en: Call them. }
    page: helplines
    services: [svc]`;
const JOURNEYS = `steps:\n${['me', 'someone', 'work'].map(destination).join('\n')}\n`;

/** Loads the files and returns the problems, with the temporary folder trimmed off. */
function problemsOf(files: Record<string, string>): string[] {
  try {
    loadContent(
      contentDir({ 'services/svc.yaml': SERVICE, 'journeys.yaml': JOURNEYS, ...files }),
      APP_PAGES,
    );
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
    expect((content.pagesByLocale.get('cy') ?? []).length).toBeGreaterThan(0);
    expect(content.services.map((s) => s.id)).toContain('emergency-999');
  });

  it('accepts a good page, and numbers that a service file holds', () => {
    expect(problemsOf({ 'en/a.md': page('Call 999, or call 0808 000 1111 any time.') })).toEqual(
      [],
    );
  });

  it('falls back to English for a missing translation, with links in the reader’s language', () => {
    const dir = contentDir({
      'services/svc.yaml': SERVICE,
      'journeys.yaml': JOURNEYS,
      'en/a.md': page('Go to [help](/helplines/).'),
    });
    const [welsh] = loadContent(dir, APP_PAGES).pagesByLocale.get('cy') ?? [];
    expect(welsh?.contentLocale).toBe('en');
    expect(welsh?.html).toContain('href="/cy/helplines/"');
  });

  // One failing fixture per rule, each reported as file:line.
  it.each([
    [
      'a missing field',
      page('ok', FRONT.replace('title: T\n', '')),
      'en/a.md:2: "title" Invalid input: expected string, received undefined',
    ],
    [
      'a value outside the schema',
      page('ok', FRONT.replace('[survivor]', '[everyone]')),
      'en/a.md:5: "audiences.0" Invalid option: expected one of "survivor"|"friend"|"professional"',
    ],
    [
      'a bad date',
      page('ok', FRONT.replace('reviewed: 2026-11-27', 'reviewed: last week')),
      'en/a.md:12: "reviewed" must be a date as YYYY-MM-DD',
    ],
    [
      'HTML in front matter',
      page('ok', FRONT.replace('title: T', 'title: <img src=x onerror=alert(1)>')),
      'en/a.md:2: "title" HTML is not allowed here',
    ],
    [
      'a broken internal link',
      page('Line one.\n\n[broken](/nowhere/)'),
      'en/a.md:17: link to "/nowhere/" goes to no page',
    ],
    [
      'a service that does not exist',
      page('ok', FRONT.replace('[svc]', '[svc, ghost]')),
      'en/a.md:1: service "ghost" does not exist in content/services/',
    ],
    [
      'raw HTML',
      page('<script>alert(1)</script>'),
      'en/a.md:15: raw HTML is not allowed in content',
    ],
    [
      'a javascript: link',
      page('[x](javascript:alert(1))'),
      'en/a.md:15: link "javascript:alert(1)" must be an https:// address or an in-app path starting with /',
    ],
    [
      'an unverified phone number',
      page('Call 0800 123 4567 now.'),
      'en/a.md:15: phone number "0800 123 4567" is not in any service file: put it in content/services/ with its source',
    ],
    [
      'a guide with no sources',
      page('ok', FRONT.replace(SOURCE, 'sources: []')),
      'en/a.md:8: "sources" a guide or easy read page states facts, so it needs at least one source',
    ],
  ])('rejects %s', (_rule, file, problem) => {
    expect(problemsOf({ 'en/a.md': file })).toEqual([problem]);
  });

  // Content injection: hostile markup in every kind of content file is refused by the build.
  it.each([
    ['a script tag in a page', { 'en/a.md': page('<script>alert(1)</script>') }, /raw HTML/],
    ['an event handler in a page', { 'en/a.md': page('<img src=x onerror=alert(1)>') }, /raw HTML/],
    ['a data: link', { 'en/a.md': page('[x](data:text/html,<b>x</b>)') }, /must be an https/],
    ['a plain http link', { 'en/a.md': page('[x](http://example.org/)') }, /must be an https/],
    [
      'HTML in a summary',
      { 'en/a.md': page('ok', FRONT.replace('summary: S', 'summary: <b>S</b>')) },
      /HTML is not allowed/,
    ],
    [
      'HTML in a service name',
      { 'services/svc.yaml': SERVICE.replace('name: A service', 'name: <script>x</script>') },
      /HTML is not allowed/,
    ],
    [
      'HTML in a journey answer',
      { 'journeys.yaml': JOURNEYS.replace('Call them.', '<a href=javascript:x>Call</a>') },
      /HTML is not allowed/,
    ],
    [
      'a javascript: address for a service website',
      {
        'services/svc.yaml': SERVICE.replace(
          "  - kind: phone\n    number: '999'",
          '  - kind: web\n    url: javascript:alert(1)',
        ),
      },
      /https/,
    ],
  ])('rejects hostile content: %s', (_case, files, problem) => {
    const problems = problemsOf({ 'en/a.md': page('ok'), ...files });
    expect(problems.join('\n')).toMatch(problem);
  });

  it('rejects a translation with no English page or no translation status', () => {
    expect(
      problemsOf({ 'en/a.md': page('ok'), 'cy/a.md': page('iawn'), 'cy/b.md': page('iawn') }),
    ).toEqual([
      'cy/a.md:1: a translated page needs "translation" (status and englishReviewed)',
      'cy/b.md:1: has no English page',
      'cy/b.md:1: a translated page needs "translation" (status and englishReviewed)',
    ]);
  });

  describe('easy read pages', () => {
    const EASY_FRONT = FRONT.replace('kind: guide', 'kind: easy-read').replace(
      /\nkeyPoints:.*/,
      '',
    );
    const easy = (body: string) => page(body, EASY_FRONT);

    it('serves content/en/easy-read/<slug>.md at easy-read/<slug>, with its pictures', () => {
      const dir = contentDir({
        'services/svc.yaml': SERVICE,
        'journeys.yaml': JOURNEYS,
        'en/a.md': page('ok'),
        'en/easy-read/a.md': easy('## Help\n\n![](picture:phone) You can call.'),
      });
      const pages = loadContent(dir, APP_PAGES).pagesByLocale.get('en') ?? [];
      const easyRead = pages.find((p) => p.slug === 'easy-read/a');
      expect(easyRead?.kind).toBe('easy-read');
      expect(easyRead?.html).toContain('class="easy-picture"');
      expect(easyRead?.html).toContain('<svg');
    });

    it('refuses easy read that is hard to read, lacks pictures, or simplifies no page', () => {
      const hard =
        'Notwithstanding considerable organisational complexities, practitioners systematically facilitate comprehensive safeguarding interventions.';
      expect(
        problemsOf({
          'en/a.md': page('ok'),
          'en/easy-read/a.md': easy(`![](picture:phone) ${hard}\n\nNo picture here.`),
          'en/easy-read/nothing.md': easy('![](picture:phone) You can call.'),
          'en/easy-read/wrong-kind.md': page('![](picture:phone) You can call.'),
          'en/b.md': easy('![](picture:phone) You can call.'),
        }),
      ).toEqual([
        expect.stringMatching(
          /^en\/b\.md:1: easy read pages, and only they, go in content\/en\/easy-read\//,
        ),
        expect.stringMatching(
          /^en\/easy-read\/a\.md:1: reading age \d+(\.\d)? is too high for easy read/,
        ),
        'en/easy-read/nothing.md:1: it is the easy read of "/nothing/", which is not a page',
        expect.stringMatching(/^en\/easy-read\/wrong-kind\.md:1: easy read pages, and only they/),
        'en/easy-read/a.md:16: in easy read, every line starts with a picture: ![](picture:name)',
      ]);
    });
  });

  it('checks the journeys: every step reached once, real pages and services, short enough', () => {
    const question = (id: string, go: string[]) => `  - id: ${id}
    question: { en: Which? }
    options:
${go.map((to) => `      - label: { en: ${to} }\n        go: ${to}`).join('\n')}`;
    const journeys = [
      question('me', ['me-a', 'me-b']),
      question('me-a', ['me-a-1', 'me-a-2']),
      question('me-a-1', ['deep', 'nowhere']),
      destination('me-b'),
      destination('me-a-2'),
      destination('deep'),
      destination('orphan'),
      destination('someone').replace('[svc]', '[ghost]'),
      destination('work').replace('helplines', 'no-such-page'),
    ].join('\n');
    expect(problemsOf({ 'journeys.yaml': `steps:\n${journeys}\n` })).toEqual([
      'content/journeys.yaml: step "me-a-1" goes to "nowhere", which does not exist',
      'content/journeys.yaml: step "someone" names service "ghost", which does not exist in content/services/',
      'content/journeys.yaml: step "work" names page "no-such-page", which does not exist',
      'content/journeys.yaml: step "deep" is 3 answers in; destinations must be at most 2',
      'content/journeys.yaml: step "orphan" must be reached by exactly one answer (it is reached by 0)',
    ]);
  });

  it('refuses a service contact with no source', () => {
    const service =
      'id: x\nname: X\nnations: [wales]\nsummary: { en: s }\ncontacts:\n  - kind: phone\n    number: 0800 000 000\n    sources: []\n';
    expect(problemsOf({ 'en/a.md': page('ok'), 'services/x.yaml': service })).toEqual([
      'services/x.yaml:8: "contacts.0.sources" every contact needs a source',
    ]);
  });
});
