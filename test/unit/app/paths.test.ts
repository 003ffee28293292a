import { describe, expect, it } from 'vitest';
import { htmlFileFor, notFoundFileFor, parsePath, pathFor } from '../../../src/app/paths';

describe('paths', () => {
  it('puts English at the root and other languages under their code', () => {
    expect(pathFor('en', '')).toBe('/');
    expect(pathFor('en', 'helplines')).toBe('/helplines/');
    expect(pathFor('cy', '')).toBe('/cy/');
    expect(pathFor('cy', 'helplines')).toBe('/cy/helplines/');
  });

  it('reads the locale and slug back from a path', () => {
    expect(parsePath('/cy/helplines/')).toEqual({ locale: 'cy', slug: 'helplines' });
    expect(parsePath('/helplines/')).toEqual({ locale: 'en', slug: 'helplines' });
    expect(parsePath('/')).toEqual({ locale: 'en', slug: '' });
    // An unknown prefix is not a language: it is an English slug (and a 404).
    expect(parsePath('/xx/page/')).toEqual({ locale: 'en', slug: 'xx/page' });
    // '/en/' is not a URL we make; English has no prefix.
    expect(parsePath('/en/helplines/')).toEqual({ locale: 'en', slug: 'en/helplines' });
  });

  it('round-trips every page path', () => {
    for (const locale of ['en', 'cy']) {
      for (const slug of ['', 'helplines', 'domestic-abuse']) {
        expect(parsePath(pathFor(locale, slug))).toEqual({ locale, slug });
      }
    }
  });

  it('names the files the prerender writes', () => {
    expect(htmlFileFor('en', '')).toBe('index.html');
    expect(htmlFileFor('cy', 'about')).toBe('cy/about/index.html');
    expect(notFoundFileFor('en')).toBe('404.html');
    expect(notFoundFileFor('cy')).toBe('cy/404.html');
  });
});
