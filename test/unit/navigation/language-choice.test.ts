import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../memory-storage';
import {
  homeRedirect,
  LANGUAGE_KEY,
  rememberLanguage,
} from '../../../src/features/navigation/language-choice';

describe('language choice', () => {
  it('opens the home page in the language chosen last time', () => {
    const storage = memoryStorage();
    expect(homeRedirect(storage, '/')).toBeNull();
    rememberLanguage(storage, 'ur');
    expect(storage.getItem(LANGUAGE_KEY)).toBe('ur');
    expect(homeRedirect(storage, '/')).toBe('/ur/');
  });

  it('never redirects a shared link, an English choice or an unknown code', () => {
    const storage = memoryStorage();
    rememberLanguage(storage, 'cy');
    expect(homeRedirect(storage, '/helplines/')).toBeNull();
    rememberLanguage(storage, 'en');
    expect(homeRedirect(storage, '/')).toBeNull();
    rememberLanguage(storage, 'xx');
    expect(homeRedirect(storage, '/')).toBeNull();
  });

  it('keeps working when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(() => rememberLanguage(blocked, 'cy')).not.toThrow();
    expect(homeRedirect(blocked, '/')).toBeNull();
    expect(homeRedirect(null, '/')).toBeNull();
  });
});
