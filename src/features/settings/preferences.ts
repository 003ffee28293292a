import { isExitDestination, type ExitDestination } from '../quick-exit/exit-destination';
import { LANGUAGE_KEY } from '../navigation/language-choice';

/**
 * The user's settings, kept in localStorage only when they change one (and removed by
 * 'Erase everything'). Every read is validated, and every access survives a browser that
 * blocks storage: the app then simply uses the defaults.
 */
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const IDENTITIES = ['waymark', 'weather', 'notes', 'recipes'] as const;
export type Identity = (typeof IDENTITIES)[number];

export interface Preferences {
  exit: ExitDestination;
  textSize: TextSize;
  identity: Identity;
  /** When true, the language picked is not remembered on this device. */
  forgetLanguage: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
  exit: 'weather',
  textSize: 'normal',
  identity: 'waymark',
  forgetLanguage: false,
};

const KEY = 'waymark-settings';

export function readPreferences(storage: Storage | null): Preferences {
  let stored: Partial<Record<keyof Preferences, unknown>> = {};
  try {
    stored = JSON.parse(storage?.getItem(KEY) ?? '{}') as typeof stored;
  } catch {
    return DEFAULT_PREFERENCES;
  }
  return {
    exit: isExitDestination(stored.exit) ? stored.exit : DEFAULT_PREFERENCES.exit,
    textSize: TEXT_SIZES.includes(stored.textSize as TextSize)
      ? (stored.textSize as TextSize)
      : 'normal',
    identity: IDENTITIES.includes(stored.identity as Identity)
      ? (stored.identity as Identity)
      : 'waymark',
    forgetLanguage: stored.forgetLanguage === true,
  };
}

/** Saves the settings; returns false when the browser would not store them. */
export function writePreferences(storage: Storage | null, preferences: Preferences): boolean {
  try {
    if (!storage) return false;
    storage.setItem(KEY, JSON.stringify(preferences));
    if (preferences.forgetLanguage) storage.removeItem(LANGUAGE_KEY);
    return true;
  } catch {
    return false;
  }
}
