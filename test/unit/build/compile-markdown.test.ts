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
});
