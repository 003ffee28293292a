import type { PageModel } from './page-model';
import type { PageBodyComponent } from './App';

type Kind = PageModel['body']['kind'];
type BodyOf<K extends Kind> = Extract<PageModel['body'], { kind: K }>;

/** Narrows a page model to one kind of body (the loaders below are keyed by kind). */
function bodyOf<K extends Kind>(model: PageModel, kind: K): BodyOf<K> {
  if (model.body.kind !== kind) throw new Error(`Expected a ${kind} page, got ${model.body.kind}`);
  return model.body as BodyOf<K>;
}

/**
 * How to load each kind of page body. The browser imports only its own page's code, so the
 * home page does not carry the helplines directory or the private tools; the prerender loads
 * them all. Each loader adapts the page model to the component's own props.
 */
export const PAGE_BODY_LOADERS: Record<Kind, () => Promise<PageBodyComponent>> = {
  home: async () => {
    const { HomePage } = await import('../features/pages/HomePage');
    return ({ model }) => <HomePage locale={model.locale} guides={bodyOf(model, 'home').guides} />;
  },
  helplines: async () => {
    const { HelplinesPage } = await import('../features/helplines/HelplinesPage');
    return ({ model }) => {
      const body = bodyOf(model, 'helplines');
      return (
        <HelplinesPage locale={model.locale} services={body.services} easyRead={body.easyRead} />
      );
    };
  },
  'easy-read-index': async () => {
    const { EasyReadIndexPage } = await import('../features/easy-read/EasyReadIndexPage');
    return ({ model }) => (
      <EasyReadIndexPage locale={model.locale} pages={bodyOf(model, 'easy-read-index').pages} />
    );
  },
  content: async () => {
    const { ContentPage } = await import('../features/pages/ContentPage');
    return ({ model }) => (
      <ContentPage locale={model.locale} slug={model.slug} page={bodyOf(model, 'content')} />
    );
  },
  search: async () => {
    const { SearchPage } = await import('../features/search/SearchPage');
    return ({ model }) => (
      <SearchPage locale={model.locale} pages={bodyOf(model, 'search').pages} />
    );
  },
  'my-tools': async () => {
    const { MyToolsPage } = await import('../features/private-tools/MyToolsPage');
    return ({ model }) => (
      <MyToolsPage locale={model.locale} services={bodyOf(model, 'my-tools').services} />
    );
  },
  settings: async () => {
    const { SettingsPage } = await import('../features/settings/SettingsPage');
    return ({ model }) => <SettingsPage locale={model.locale} />;
  },
  'near-me': async () => {
    const { NearMePage } = await import('../features/near-me/NearMePage');
    return ({ model }) => {
      const body = bodyOf(model, 'near-me');
      return <NearMePage locale={model.locale} places={body.places} services={body.services} />;
    };
  },
  'journey-step': async () => {
    const { JourneyStepPage } = await import('../features/journeys/JourneyStepPage');
    return ({ model }) => (
      <JourneyStepPage locale={model.locale} step={bodyOf(model, 'journey-step').step} />
    );
  },
  check: async () => {
    const { CheckPage } = await import('../features/checks/CheckPage');
    return ({ model }) => {
      const body = bodyOf(model, 'check');
      return (
        <CheckPage
          locale={model.locale}
          check={body.check}
          services={body.services}
          pages={body.pages}
        />
      );
    };
  },
  show: async () => {
    const { ShowPage } = await import('../features/staff/ShowPage');
    return ({ model }) => <ShowPage locale={model.locale} guides={bodyOf(model, 'show').guides} />;
  },
  'not-found': async () => {
    const { NotFoundPage } = await import('../features/pages/NotFoundPage');
    return ({ model }) => <NotFoundPage locale={model.locale} />;
  },
};
