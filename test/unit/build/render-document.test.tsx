// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_BODY_LOADERS } from '../../../src/app/page-bodies';
import { renderDocument } from '../../../src/build/render-document';
import { createI18n } from '../../../src/i18n/create-i18n';
import english from '../../../src/i18n/locales/en.json';
import welsh from '../../../src/i18n/locales/cy.json';
import type { PageModel } from '../../../src/app/page-model';

const assets = {
  scripts: ['/assets/main.js'],
  styles: ['/assets/main.css'],
  preloads: ['/assets/cy.js'],
};

const contentPage: PageModel = {
  locale: 'cy',
  slug: 'domestic-abuse',
  locales: ['en', 'cy'],
  body: {
    kind: 'content',
    format: 'standard',
    otherVersion: null,
    title: 'Domestic abuse',
    summary: 'What it is </script><script>alert(1)</script>',
    reviewed: '2026-11-27',
    contentLocale: 'en',
    translationStatus: null,
    html: '<p>Body words</p>',
    parent: null,
    services: [],
    sources: [],
    dateLabels: {},
    keyPoints: null,
  },
};

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('renderDocument', () => {
  let html = '';
  let doc: Document;
  beforeAll(async () => {
    const Body = await PAGE_BODY_LOADERS.content();
    html = renderDocument(contentPage, createI18n('cy', welsh, english), assets, Body);
    doc = parse(html);
  });

  it('sets the page language and direction', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('cy');
    expect(doc.documentElement.getAttribute('dir')).toBe('ltr');
  });

  it('marks English words on a Welsh page as English, with a Welsh notice', () => {
    expect(doc.querySelector('h1')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('[data-content-body]')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('.notice')?.textContent).toContain('Gymraeg');
  });

  it('puts the quick exit straight after the skip link, before anything else focusable', () => {
    const focusable = [...doc.querySelectorAll('#app a[href], #app button, #app [tabindex="0"]')];
    expect(focusable[0]?.className).toBe('skip-link');
    expect(focusable[1]?.getAttribute('data-quick-exit')).toBe('');
    expect(focusable[1]?.textContent).toBe('Gadael y wefan nawr');
  });

  it('runs no inline script: the only script element that is not a file is JSON data', () => {
    const inline = [...doc.querySelectorAll('script:not([src])')];
    expect(inline.map((script) => script.getAttribute('type'))).toEqual(['application/json']);
  });

  it('cannot be broken out of by text in the page data', () => {
    expect(html).not.toContain('</script><script>alert(1)');
    const model = JSON.parse(doc.getElementById('page-model')?.textContent ?? '{}') as PageModel;
    expect(model.body.kind === 'content' && model.body.summary).toBe(
      'What it is </script><script>alert(1)</script>',
    );
  });

  it('does not send a content page’s HTML twice', () => {
    expect(html.split('Body words')).toHaveLength(2);
  });

  it('tells the browser to send no referrer', () => {
    expect(doc.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('no-referrer');
  });
});
