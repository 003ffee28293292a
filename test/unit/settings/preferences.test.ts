import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../memory-storage';
import {
  DEFAULT_PREFERENCES,
  readPreferences,
  writePreferences,
} from '../../../src/features/settings/preferences';
import {
  applyPreferences,
  manifestPathFor,
} from '../../../src/features/settings/apply-preferences';
import { LANGUAGE_KEY } from '../../../src/features/navigation/language-choice';

describe('preferences', () => {
  it('round-trips what the user chose', () => {
    const storage = memoryStorage();
    const chosen = {
      exit: 'news',
      textSize: 'larger',
      identity: 'notes',
      forgetLanguage: false,
    } as const;
    expect(writePreferences(storage, chosen)).toBe(true);
    expect(readPreferences(storage)).toEqual(chosen);
  });

  it('ignores anything stored that is not one of the choices, so the exit cannot be redirected', () => {
    const storage = memoryStorage({
      'waymark-settings': JSON.stringify({
        exit: 'https://evil.example/',
        textSize: 'huge',
        identity: 'bank',
      }),
    });
    expect(readPreferences(storage)).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(memoryStorage({ 'waymark-settings': '{not json' }))).toEqual(
      DEFAULT_PREFERENCES,
    );
    expect(readPreferences(null)).toEqual(DEFAULT_PREFERENCES);
  });

  it('forgets the remembered language when asked to', () => {
    const storage = memoryStorage({ [LANGUAGE_KEY]: 'cy' });
    writePreferences(storage, { ...DEFAULT_PREFERENCES, forgetLanguage: true });
    expect(storage.getItem(LANGUAGE_KEY)).toBeNull();
  });
});

describe('applyPreferences', () => {
  it('sets the text size and swaps the manifest, favicon and touch icon for a disguise', () => {
    document.head.innerHTML =
      '<link rel="manifest" href="/cy/manifest.webmanifest"><link rel="icon" href="/icons/icon.svg"><link rel="apple-touch-icon" href="/icons/icon-192.png">';
    applyPreferences(
      document,
      { ...DEFAULT_PREFERENCES, textSize: 'large', identity: 'recipes' },
      'cy',
    );
    expect(document.documentElement.classList.contains('text-large')).toBe(true);
    expect(document.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(
      '/cy/manifest-recipes.webmanifest',
    );
    expect(document.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe(
      '/icons/recipes.svg',
    );
    expect(document.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href')).toBe(
      '/icons/recipes-192.png',
    );
    expect(manifestPathFor('en', 'waymark')).toBe('/manifest.webmanifest');
  });
});
