import type { PageModel } from './page-model';

/** Reads back the model the build embedded in the page, so hydration renders the same tree. */
export function readPageModel(document: Document): PageModel {
  const json = document.getElementById('page-model')?.textContent;
  if (!json) throw new Error('This page has no #page-model data');
  const model = JSON.parse(json) as PageModel;
  if (model.body.kind === 'content') {
    const body = document.querySelector('[data-content-body]');
    model.body = { ...model.body, html: body?.innerHTML ?? '' };
  }
  return model;
}
