// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compileMarkdown } from '../../../src/build/content/compile-markdown';

describe('compileMarkdown', () => {
  it('rewrites in-app links into the page locale', () => {
    const { html, problems, internalLinks } = compileMarkdown(
      'See [helplines](/helplines/).',
      'cy',
    );
    expect(problems).toEqual([]);
    expect(html).toContain('href="/cy/helplines/"');
    expect(internalLinks).toEqual([{ slug: 'helplines', line: 1 }]);
  });

  it('marks external links to send no referrer', () => {
    const { html } = compileMarkdown('[GOV.WALES](https://www.gov.wales/)', 'en');
    expect(html).toContain('rel="noreferrer noopener"');
  });

  it('rejects raw HTML with the line it is on', () => {
    const source = 'Fine line.\n\n<script>alert(1)</script>\n\nText with <b>bold</b>.';
    const { problems } = compileMarkdown(source, 'en', 4);
    expect(problems).toEqual([
      { line: 7, message: 'raw HTML is not allowed in content' },
      { line: 9, message: 'raw HTML is not allowed in content' },
      { line: 9, message: 'raw HTML is not allowed in content' },
    ]);
  });

  it('rejects javascript: and plain http links', () => {
    const { problems } = compileMarkdown(
      '[x](javascript:alert(1)) and [y](http://example.org)',
      'en',
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('javascript:alert(1)'),
      expect.stringContaining('http://example.org'),
    ]);
  });

  describe('easy read pictures', () => {
    const pictures = new Map([['phone', '<svg viewBox="0 0 64 64"><circle r="4"/></svg>']]);

    it('draws a bundled picture inline, hidden from screen readers, beside its words', () => {
      const { html, problems, paragraphs } = compileMarkdown(
        '![](picture:phone) Call them. [Helplines](/helplines/) list more.',
        'en',
        0,
        pictures,
      );
      expect(problems).toEqual([]);
      expect(paragraphs).toEqual([{ line: 1, startsWithPicture: true }]);
      expect(html).toBe(
        '<p class="easy-line"><span class="easy-picture" aria-hidden="true">' +
          '<svg focusable="false" viewBox="0 0 64 64"><circle r="4"/></svg></span>' +
          '<span class="easy-words"> Call them. <a href="/helplines/">Helplines</a> list more.</span></p>\n',
      );
    });

    it('refuses any other image, which would be a request to another site', () => {
      for (const [source, message] of [
        [
          '![](https://tracker.example/pixel.png) Hi.',
          'images must be bundled pictures, written ![](picture:name)',
        ],
        [
          '![x](/icons/icon-192.png) Hi.',
          'images must be bundled pictures, written ![](picture:name)',
        ],
        [
          '![](picture:unicorn) Hi.',
          'picture "unicorn" is not one of the pictures in src/features/easy-read/pictures/',
        ],
      ] as const) {
        const { html, problems } = compileMarkdown(source, 'en', 0, pictures);
        expect(problems).toEqual([{ line: 1, message }]);
        expect(html).not.toContain('<img');
      }
    });

    it('reports paragraphs that do not open with a picture', () => {
      const { paragraphs } = compileMarkdown('![](picture:phone) One.\n\nTwo.', 'en', 0, pictures);
      expect(paragraphs).toEqual([
        { line: 1, startsWithPicture: true },
        { line: 3, startsWithPicture: false },
      ]);
    });
  });
});
