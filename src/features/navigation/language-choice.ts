import { DEFAULT_LOCALE, findLocale } from '../../i18n/locales';
import { pathFor } from '../../app/paths';

/**
 * The language the user picked, remembered on this device so the app opens in it next time
 * (the installed app starts at '/'). Stored only when they pick one; erased with everything
 * else by 'Erase everything'.
 */
export const LANGUAGE_KEY = 'waymark-language';

export function rememberLanguage(storage: Storage | null, code: string): void {
  try {
    storage?.setItem(LANGUAGE_KEY, code);
  } catch {
    // Storage can be full or blocked (private browsing): the choice then lasts this visit only.
  }
}

/**
 * Where to go instead of the English home page, if the user chose another language before.
 * Only the bare home page redirects: a shared link to a page in a language is respected.
 */
export function homeRedirect(storage: Storage | null, pathname: string): string | null {
  if (pathname !== '/') return null;
  let chosen: string | null;
  try {
    chosen = storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    return null;
  }
  if (!chosen || chosen === DEFAULT_LOCALE || !findLocale(chosen)) return null;
  return pathFor(chosen, '');
}

/** Remembers the language of any language-picker link the user follows. */
export function installLanguageMemory(document: Document, storage: Storage | null): void {
  document.addEventListener(
    'click',
    (event) => {
      const link =
        event.target instanceof Element ? event.target.closest('a[data-language]') : null;
      const code = link?.getAttribute('data-language');
      if (code) rememberLanguage(storage, code);
    },
    true,
  );
}
