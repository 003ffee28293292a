import './styles/app.css';
import { hydrate } from 'preact';
import { installQuickExit } from './features/quick-exit/install-quick-exit';
import { installReplaceNavigation } from './features/navigation/replace-navigation';
import { homeRedirect, installLanguageMemory } from './features/navigation/language-choice';
import { readPreferences } from './features/settings/preferences';
import { safeLocalStorage } from './lib/safe-storage';
import { applyPreferences } from './features/settings/apply-preferences';
import { EXIT_DESTINATIONS } from './features/quick-exit/exit-destination';
import { App } from './app/App';
import { readPageModel } from './app/read-page-model';
import { PAGE_BODY_LOADERS } from './app/page-bodies';
import { createI18n, rememberTranslations, type UiStrings } from './i18n/create-i18n';
import {
  applyWaitingUpdate,
  registerServiceWorker,
  type UpdateText,
} from './sw/register-service-worker';

// The quick exit is wired first: until this line runs it is a plain link, and the rest of
// the start-up (loading strings, hydrating) must never delay it.
const preferences = readPreferences(safeLocalStorage());
installQuickExit({
  document,
  location: window.location,
  now: () => performance.now(),
  addWindowListener: (type, listener) => window.addEventListener(type, listener),
  exitUrl: EXIT_DESTINATIONS[preferences.exit],
});
installReplaceNavigation(document, window.location, () => applyWaitingUpdate(navigator));
installLanguageMemory(document, preferences.forgetLanguage ? null : safeLocalStorage());
applyPreferences(document, preferences, document.documentElement.lang);

// The installed app starts at '/': open it in the language the user chose last time.
const redirect = homeRedirect(safeLocalStorage(), window.location.pathname);
if (redirect) window.location.replace(redirect);

// One chunk per language, so a page downloads only its own language's strings.
const stringLoaders = import.meta.glob<UiStrings>('./i18n/locales/*.json', { import: 'default' });

let updateText: UpdateText | null = null;

async function hydratePage() {
  const model = readPageModel(document);
  const load = stringLoaders[`./i18n/locales/${model.locale}.json`];
  if (!load) return;
  // Strings and the page's own code load in parallel; both are preloaded by the page.
  const [strings, Body] = await Promise.all([load(), PAGE_BODY_LOADERS[model.body.kind]()]);
  const i18n = createI18n(model.locale, strings);
  const t = rememberTranslations(i18n.t);
  updateText = { ready: t('update.ready'), apply: t('update.apply') };
  // A disguised app keeps a neutral title in the tab and the app switcher, and iOS saves
  // that name (not 'Waymark') if the page is added to the Home Screen.
  if (preferences.identity !== 'waymark') {
    document.title = t(`settings.identities.${preferences.identity}`);
    document
      .querySelector('meta[name="apple-mobile-web-app-title"]')
      ?.setAttribute('content', document.title);
  }
  const root = document.getElementById('app');
  if (!root) return;
  hydrate(<App model={model} t={t} Body={Body} />, root);
  // Lets tests (and anyone debugging) see that start-up finished.
  document.documentElement.dataset.hydrated = 'true';
}

void hydratePage();
registerServiceWorker(navigator, () => updateText);
