import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { pathFor } from '../../app/paths';

export interface CompileProblem {
  line: number;
  message: string;
}

export interface CompiledMarkdown {
  html: string;
  problems: CompileProblem[];
  /** Slugs of the in-app pages this page links to, for the build's link check. */
  internalLinks: { slug: string; line: number }[];
  /** The words of the page, for the search index and the phone-number check. */
  textBlocks: { text: string; line: number; isHeading: boolean }[];
}

// html: true only so that raw HTML shows up as tokens we can reject with a line number;
// nothing with raw HTML is ever emitted, because any problem fails the build.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: true });
// markdown-it quietly turns a 'javascript:' link into plain text; let every link through
// as a token instead, so the check below can reject it by name.
markdown.validateLink = () => true;

/**
 * Compiles one page's Markdown body to HTML for one locale. Internal links are written as
 * locale-neutral paths ('/helplines/') and rewritten to the page's locale ('/cy/helplines/');
 * external links are https only and never send a referrer.
 */
export function compileMarkdown(body: string, locale: string, lineOffset = 0): CompiledMarkdown {
  const problems: CompileProblem[] = [];
  const internalLinks: CompiledMarkdown['internalLinks'] = [];
  const textBlocks: CompiledMarkdown['textBlocks'] = [];
  const tokens = markdown.parse(body, {});
  let inHeading = false;

  const lineOf = (token: Token, parent?: Token) =>
    (token.map?.[0] ?? parent?.map?.[0] ?? 0) + 1 + lineOffset;

  const visit = (token: Token, parent?: Token) => {
    if (token.type === 'html_block' || token.type === 'html_inline') {
      problems.push({ line: lineOf(token, parent), message: 'raw HTML is not allowed in content' });
    }
    if (token.type === 'link_open') {
      const href = String(token.attrGet('href') ?? '');
      if (href.startsWith('/')) {
        const slug = href.replace(/^\/+|\/+$/g, '');
        internalLinks.push({ slug, line: lineOf(token, parent) });
        token.attrSet('href', pathFor(locale, slug));
      } else if (href.startsWith('https://')) {
        token.attrSet('rel', 'noreferrer noopener');
      } else {
        problems.push({
          line: lineOf(token, parent),
          message: `link "${href}" must be an https:// address or an in-app path starting with /`,
        });
      }
    }
    if (token.type === 'heading_open') inHeading = true;
    if (token.type === 'heading_close') inHeading = false;
    if (token.type === 'inline') {
      const text = (token.children ?? [])
        .map((child) => (child.type.endsWith('break') ? ' ' : child.content))
        .join('');
      textBlocks.push({ text, line: lineOf(token), isHeading: inHeading });
    }
    token.children?.forEach((child) => visit(child, token));
  };
  tokens.forEach((token) => visit(token));

  return {
    html: markdown.renderer.render(tokens, markdown.options, {}),
    problems,
    internalLinks,
    textBlocks,
  };
}
