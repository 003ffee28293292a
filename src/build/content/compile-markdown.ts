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
  /** Each paragraph, and whether it opens with a picture (the easy read layout). */
  paragraphs: { line: number; startsWithPicture: boolean }[];
}

/** How a page names one of the bundled easy read pictures: `![](picture:phone)`. */
const PICTURE = /^picture:([a-z0-9-]+)$/;

// html: true only so that raw HTML shows up as tokens we can reject with a line number;
// nothing with raw HTML is ever emitted, because any problem fails the build.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: true });
// markdown-it quietly turns a 'javascript:' link into plain text; let every link through
// as a token instead, so the check below can reject it by name.
markdown.validateLink = () => true;

/**
 * Compiles one page's Markdown body to HTML for one locale. Internal links are written as
 * locale-neutral paths ('/helplines/') and rewritten to the page's locale ('/cy/helplines/');
 * external links are https only and never send a referrer. The only images are the bundled
 * pictures (`pictures`: name to SVG markup), drawn inline: an image from anywhere else would
 * be a request to another site.
 */
export function compileMarkdown(
  body: string,
  locale: string,
  lineOffset = 0,
  pictures: ReadonlyMap<string, string> = new Map(),
): CompiledMarkdown {
  const problems: CompileProblem[] = [];
  const internalLinks: CompiledMarkdown['internalLinks'] = [];
  const textBlocks: CompiledMarkdown['textBlocks'] = [];
  const paragraphs: CompiledMarkdown['paragraphs'] = [];
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
    if (token.type === 'image') {
      const name = PICTURE.exec(String(token.attrGet('src') ?? ''))?.[1];
      if (!name || !pictures.has(name)) {
        problems.push({
          line: lineOf(token, parent),
          message: name
            ? `picture "${name}" is not one of the pictures in src/features/easy-read/pictures/`
            : 'images must be bundled pictures, written ![](picture:name)',
        });
      }
      token.meta = { picture: name };
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
  // After the checks, so the wrapper added here is not mistaken for raw HTML in the content.
  tokens.forEach((token, index) => {
    if (token.type !== 'paragraph_open') return;
    const children = tokens[index + 1]?.children ?? [];
    const first = children[0];
    const startsWithPicture = first?.type === 'image';
    paragraphs.push({ line: lineOf(token), startsWithPicture });
    if (!first || !startsWithPicture) return;
    // The easy read layout: the picture on the left, the words beside it in one box.
    token.attrSet('class', 'easy-line');
    const MarkupToken = first.constructor as new (type: string, tag: string, nesting: number) => Token;
    const markup = (html: string) => Object.assign(new MarkupToken('html_inline', '', 0), { content: html });
    children.splice(1, 0, markup('<span class="easy-words">'));
    children.push(markup('</span>'));
  });

  return {
    html: markdown.renderer.render(tokens, markdown.options, { pictures }),
    problems,
    internalLinks,
    textBlocks,
    paragraphs,
  };
}

// A picture says the same as the words beside it, so screen readers skip it.
markdown.renderer.rules.image = (tokens, index, _options, env) => {
  const name = (tokens[index]?.meta as { picture?: string } | undefined)?.picture;
  const pictures = (env as { pictures?: ReadonlyMap<string, string> } | undefined)?.pictures;
  const svg = name ? pictures?.get(name) : undefined;
  if (!svg) return '';
  return `<span class="easy-picture" aria-hidden="true">${svg.replace('<svg ', '<svg focusable="false" ')}</span>`;
};
