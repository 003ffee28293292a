import { pathFor } from '../../app/paths';
import type { Preferences } from './preferences';

/**
 * Applies the saved settings to a page as it starts, before it is shown: text size, and a
 * disguised name and icon (the web app manifest, favicon and home-screen icon it links).
 */
export function applyPreferences(
  document: Document,
  preferences: Preferences,
  locale: string,
): void {
  const root = document.documentElement;
  root.classList.toggle('text-large', preferences.textSize === 'large');
  root.classList.toggle('text-larger', preferences.textSize === 'larger');
  if (preferences.identity === 'waymark') return;
  const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (manifest) manifest.href = manifestPathFor(locale, preferences.identity);
  const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (icon) icon.href = `/icons/${preferences.identity}.svg`;
  const touchIcon = document.querySelector<HTMLLinkElement>('link[rel="apple-touch-icon"]');
  if (touchIcon) touchIcon.href = `/icons/${preferences.identity}-192.png`;
}

/** The web app manifest for a locale and a home-screen identity. */
export function manifestPathFor(locale: string, identity: Preferences['identity']): string {
  const name = identity === 'waymark' ? 'manifest.webmanifest' : `manifest-${identity}.webmanifest`;
  return `${pathFor(locale, '')}${name}`;
}
