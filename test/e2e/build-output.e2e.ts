import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPagePaths } from './harness';
import { parsePath } from '../../src/app/paths';

const swSource = readFileSync(join(DIST, 'sw.js'), 'utf8');
const precached = [...swSource.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);

describe('the build output', () => {
  it('precaches every English and Welsh page with their search indexes, and no other language', () => {
    for (const path of builtPagePaths()) {
      const file = `${path.slice(1)}index.html`;
      if (['en', 'cy'].includes(parsePath(path).locale)) expect(precached, path).toContain(file);
      else expect(precached, path).not.toContain(file);
    }
    expect(precached).not.toContain('search/pl.json');
    expect(precached).toEqual(
      expect.arrayContaining(['search/en.json', 'search/cy.json', '404.html', 'cy/404.html']),
    );
    // Each file once: duplicates waste the user's data.
    expect(new Set(precached).size).toBe(precached.length);
  });

  it('ships no Markdown parser, search library or build code in the scripts every page loads', () => {
    const entry = readdirSync(join(DIST, 'assets')).find((file) => /^main-.*\.js$/.test(file));
    const source = readFileSync(join(DIST, 'assets', entry ?? ''), 'utf8');
    expect(source).not.toMatch(/markdown-it|MarkdownIt|linkify/);
    expect(source).not.toMatch(/MiniSearch/);
    expect(source).not.toMatch(/node:fs|readFileSync/);
  });

  it('keeps search in its own chunk, loaded only on the search page', () => {
    const files = readdirSync(join(DIST, 'assets'));
    const searcher = files.find((file) => file.startsWith('searcher-'));
    expect(searcher).toBeDefined();
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(home).not.toContain(searcher);
  });
});
