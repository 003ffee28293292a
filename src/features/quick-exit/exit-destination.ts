/**
 * Where the quick exit goes. A weather page is common, dull and plausible on any phone.
 * The settings issue will let the user pick from a short list; the link's href is the
 * single source the script reads, so the no-JavaScript link and the script always agree.
 */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
