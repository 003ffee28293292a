/**
 * How words become search terms, shared by the build (indexing) and the browser (querying)
 * so both sides agree. Forgiving on purpose: people search in a hurry, on a phone, and
 * often in their second language.
 */

const ENGLISH_STOP_WORDS = new Set(
  'a an and are as at be by can do for from has have how i if in is it its me my of on or our so that the their them they this to was what when where who will with you your am im'.split(
    ' ',
  ),
);

/** A deliberately small English stemmer: plurals, possessives and -ing/-ed endings. */
export function stemEnglish(word: string): string {
  let stem = word.replace(/'s$/, '');
  if (stem.length > 4 && stem.endsWith('ies')) return `${stem.slice(0, -3)}y`;
  if (stem.length > 4 && stem.endsWith('sses')) return stem.slice(0, -2);
  if (stem.length > 3 && stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.length > 5 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith('ed')) stem = stem.slice(0, -2);
  return stem;
}

/** Lower-cases, drops accents and apostrophes, and stems English; returns null to skip a word. */
export function processTerm(term: string, locale: string): string | null {
  const plain = term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '');
  if (plain.length === 0) return null;
  if (locale !== 'en') return plain;
  if (ENGLISH_STOP_WORDS.has(plain)) return null;
  return stemEnglish(plain);
}

/**
 * Words people use for the same thing: a query containing the key also searches for the
 * words after it. Keys are whole words or phrases, in lower case.
 */
const ENGLISH_SYNONYMS: Record<string, string> = {
  dv: 'domestic abuse violence',
  'domestic violence': 'domestic abuse',
  rape: 'sexual assault violence',
  raped: 'rape sexual assault',
  sa: 'sexual assault',
  'sexual violence': 'rape sexual assault',
  fgm: 'female genital mutilation',
  cutting: 'fgm female genital mutilation',
  cut: 'fgm female genital mutilation',
  'revenge porn': 'image abuse intimate images',
  sextortion: 'image abuse intimate images',
  nudes: 'images nude pressure',
  hba: 'honour based abuse',
  hbv: 'honour based abuse',
  honor: 'honour',
  stalker: 'stalking',
  cyberstalking: 'stalking online',
  'clares law': 'clare law disclosure scheme',
  dvpo: 'domestic violence protection order',
  dvpn: 'domestic violence protection notice',
  sarc: 'sexual assault referral centre',
  isva: 'independent sexual violence adviser',
  idva: 'independent domestic violence adviser',
  marac: 'multi agency risk assessment conference',
  dash: 'risk checklist',
  gay: 'lgbt',
  lesbian: 'lgbt',
  bi: 'lgbt',
  trans: 'lgbt',
  bsl: 'deaf sign language',
  spyware: 'stalkerware tracking phone',
  tracking: 'location spyware',
  refuge: 'refuge shelter leaving',
  shelter: 'refuge',
  'coercive control': 'controlling behaviour domestic abuse',
  boyfriend: 'partner relationship',
  girlfriend: 'partner relationship',
  husband: 'partner domestic abuse',
  wife: 'partner domestic abuse',
  teenager: 'young relationship',
  grooming: 'exploitation child',
  quiz: 'is this ok questions',
  'no money': 'forced labour trafficking modern slavery',
  'work for free': 'forced labour trafficking modern slavery',
  'forced labour': 'trafficking modern slavery',
  slavery: 'trafficking modern slavery',
  prostitution: 'sex work selling sex',
  prostitute: 'sex work selling sex',
  escort: 'sex work selling sex',
  escorting: 'sex work selling sex',
  'county lines': 'gangs criminal exploitation',
  'is it abuse': 'is this ok questions',
  'am i being abused': 'domestic abuse is this ok',
  'healthy relationship': 'is this ok questions',
  'easy to read': 'easy read',
  'learning disability': 'easy read',
  'learning disabilities': 'easy read',
  'learning difficulty': 'easy read',
  'learning difficulties': 'easy read',
};

/** Adds the synonyms of any key found in the query, as whole words. */
export function expandQuery(query: string, locale: string): string {
  if (locale !== 'en') return query;
  const normalised = ` ${query
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const extra = Object.entries(ENGLISH_SYNONYMS)
    .filter(([key]) => normalised.includes(` ${key} `))
    .map(([, words]) => words);
  return [query, ...extra].join(' ');
}
