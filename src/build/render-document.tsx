import { renderToString } from 'preact-render-to-string';
import type { i18n } from 'i18next';
import { App, type PageBodyComponent } from '../app/App';
import type { PageModel } from '../app/page-model';
import { pathFor } from '../app/paths';
import { getLocale, DEFAULT_LOCALE } from '../i18n/locales';
import { META_CONTENT_SECURITY_POLICY } from './security-headers';

export interface PageAssets {
  scripts: string[];
  styles: string[];
  /** Module chunks the page will import at once (its locale's strings), fetched in parallel. */
  preloads: string[];
}

/** Renders one page to a complete HTML document. Pure: the same inputs give the same bytes. */
export function renderDocument(
  model: PageModel,
  i18n: i18n,
  assets: PageAssets,
  Body: PageBodyComponent,
): string {
  const { locale } = model;
  const { dir } = getLocale(locale);
  const t = i18n.getFixedT(locale);
  const appHtml = renderToString(<App model={model} t={t} Body={Body} />);
  const pageTitle = titleOf(model, t);
  const title = model.slug === '' ? pageTitle : `${pageTitle} – ${t('site.name')}`;
  const description = model.body.kind === 'content' ? model.body.summary : t('site.tagline');
  // Search engines take language alternates only as full addresses, so they are written only
  // when the build knows where the site will live (SITE_URL, e.g. https://waymark.example).
  const siteUrl = process.env.SITE_URL?.replace(/\/$/, '');
  const alternates =
    model.body.kind === 'not-found' || !siteUrl
      ? []
      : model.locales.map(
          (code) =>
            `<link rel="alternate" hreflang="${code}" href="${siteUrl}${pathFor(code, model.slug)}">`,
        );
  const manifest =
    locale === DEFAULT_LOCALE ? '/manifest.webmanifest' : `/${locale}/manifest.webmanifest`;

  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
<meta name="theme-color" content="#1d3557">
<link rel="manifest" href="${manifest}">
<link rel="icon" href="/icons/icon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/icons/icon-192.png">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="apple-mobile-web-app-status-bar-style" content="default">
<meta name="apple-mobile-web-app-title" content="${escapeHtml(t('site.name'))}">
${alternates.join('\n')}
${assets.styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
${assets.scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
${assets.preloads.map((href) => `<link rel="modulepreload" href="${href}">`).join('\n')}
</head>
<body>
<div id="app">${appHtml}</div>
<script type="application/json" id="page-model">${serialiseModel(model)}</script>
</body>
</html>
`;
}

function titleOf(model: PageModel, t: (key: string) => string): string {
  switch (model.body.kind) {
    case 'home':
      return `${t('site.name')}: ${t('home.title')}`;
    case 'helplines':
      return t('helplines.title');
    case 'search':
      return t('search.title');
    case 'near-me':
      return t('nearMe.title');
    case 'my-tools':
      return t('tools.title');
    case 'settings':
      return t('settings.title');
    case 'content':
      return model.body.title;
    case 'journey-step':
      return model.body.step.question?.text ?? t('journeys.whatNow');
    case 'show':
      return t('show.title');
    case 'easy-read-index':
      return t('easyRead.title');
    case 'check':
      return model.body.check.title.text;
    case 'not-found':
      return t('notFound.title');
  }
}

/**
 * The model the browser hydrates from. A content page's HTML is left out: the browser
 * reads it back from the rendered page, so it is not sent twice.
 */
function serialiseModel(model: PageModel): string {
  const body = model.body.kind === 'content' ? { ...model.body, html: '' } : model.body;
  // Escaping '<' keeps a '</script>' inside any string from ending this element.
  return JSON.stringify({ ...model, body }).replace(/</g, '\\u003c');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
