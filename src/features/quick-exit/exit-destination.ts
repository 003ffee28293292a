/**
 * Where the quick exit goes. A weather page is common, dull and plausible on any phone. The
 * user can pick another from this short list in Settings; the choice is checked against the
 * list every time it is read, so nothing stored can send the exit anywhere else.
 */
export const EXIT_DESTINATIONS = {
  weather: 'https://www.bbc.co.uk/weather',
  news: 'https://www.bbc.co.uk/news',
  search: 'https://www.google.com/',
  blank: 'about:blank',
} as const;

export type ExitDestination = keyof typeof EXIT_DESTINATIONS;

export const DEFAULT_EXIT_URL = EXIT_DESTINATIONS.weather;

export function isExitDestination(value: unknown): value is ExitDestination {
  return typeof value === 'string' && Object.hasOwn(EXIT_DESTINATIONS, value);
}
