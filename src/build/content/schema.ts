import { z } from 'zod';

/**
 * The one schema for content front matter and service files. The build, `content:check`
 * and the tests all validate against these; content/README.md explains them for authors.
 */
const isoDate = z.union([
  z.date().transform((date) => date.toISOString().slice(0, 10)),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'),
]);

export const SOURCE_STRENGTHS = ['primary', 'official', 'secondary'] as const;

export const sourceSchema = z.strictObject({
  url: z.string().regex(/^https:\/\/[^\s]+$/, 'must be an https:// address'),
  title: z.string().min(1).optional(),
  checked: isoDate,
  /** primary: the operator's own page; official: GOV.UK, GOV.WALES, NHS, police; secondary: other. */
  strength: z.enum(SOURCE_STRENGTHS),
});

export const AUDIENCES = ['survivor', 'friend', 'professional'] as const;

export const TOPICS = [
  'domestic-abuse',
  'sexual-violence',
  'sexual-harassment',
  'forced-marriage',
  'honour-based-abuse',
  'fgm',
  'stalking',
  'teen-relationships',
  'child-abuse',
  'exploitation',
  'sex-work',
  'online-safety',
  'safety-planning',
  'leaving',
  'legal-protection',
  'helping-someone',
  'particular-needs',
  'professionals',
  'about',
] as const;

export const TRANSLATION_STATUSES = ['machine-draft', 'human-draft', 'reviewed'] as const;

/** Plain text only: markup in a title or summary would be an injection path. */
const plainText = z
  .string()
  .min(1)
  .refine((text) => !/<\/?[a-z!][^>]*>/i.test(text), 'HTML is not allowed here');

export const pageFrontMatterSchema = z
  .strictObject({
    title: plainText,
    summary: plainText,
    /**
     * 'guide' pages are listed on the home page and must cite sources; 'info' pages are about
     * the app; 'easy-read' pages (content/<locale>/easy-read/<slug>.md) are the easy read
     * version of the page <slug>: short lines, each with a picture, and must cite sources.
     */
    kind: z.enum(['guide', 'info', 'easy-read']),
    audiences: z.array(z.enum(AUDIENCES)).min(1),
    topics: z.array(z.enum(TOPICS)).min(1),
    /** A page listed on another page (a hub) rather than on the home page; its back link goes there. */
    parent: z.string().regex(/^[a-z0-9-]+$/).optional(),
    /**
     * Three to six short lines of the key advice, for the page's printable handout. Plain
     * words, no phone numbers (the handout lists the services' numbers itself).
     */
    keyPoints: z.array(plainText).min(3).max(6).optional(),
    /** Ids of files in content/services/ shown under 'Who can help'. */
    services: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    sources: z.array(sourceSchema).default([]),
    reviewed: isoDate,
    /** Non-English pages only: how far the translation has been checked. */
    translation: z
      .strictObject({
        status: z.enum(TRANSLATION_STATUSES),
        englishReviewed: isoDate,
        /** Who checked the translation, and when: required once it is 'reviewed'. */
        reviewedBy: plainText.optional(),
        reviewedOn: isoDate.optional(),
      })
      .refine((translation) => translation.status !== 'reviewed' || (translation.reviewedBy && translation.reviewedOn), {
        message: 'a reviewed translation needs reviewedBy and reviewedOn',
      })
      .optional(),
  })
  .refine((page) => page.kind !== 'guide' || page.translation || page.keyPoints, {
    message: 'an English guide page needs keyPoints for its printable handout',
    path: ['keyPoints'],
  })
  .refine((page) => page.kind === 'info' || page.sources.length > 0, {
    message: 'a guide or easy read page states facts, so it needs at least one source',
    path: ['sources'],
  });

export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;

/** Words in one or more locales; English is required, other locales fall back to it. */
const localisedText = z
  .record(z.string(), plainText)
  .refine((text) => 'en' in text, 'needs English ("en")');

const sources = z.array(sourceSchema).min(1, 'every fact needs a source');

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time as HH:MM (24:00 for midnight)');

/**
 * Opening hours in Europe/London wall-clock time. 'always' is 24 hours every day. A close
 * time at or before the open time runs past midnight into the next day.
 */
export const hoursSchema = z.strictObject({
  schedule: z.union([
    z.literal('always'),
    z.array(z.strictObject({ days: z.array(z.enum(DAYS)).min(1), open: clockTime, close: clockTime })).min(1),
  ]),
  /** Whether the usual hours also apply on bank holidays (ignored for 'always'). */
  bankHolidays: z.enum(['open', 'closed']).optional(),
  sources,
});

const costSchema = z.strictObject({
  free: z.boolean(),
  /** Whether the call can appear on a phone bill (omit when no source says). */
  showsOnBill: z.boolean().optional(),
  sources,
});

const number = z.coerce.string().regex(/^\+?[\d ]{3,16}$/);
const contactBase = { hours: hoursSchema.optional(), sources: z.array(sourceSchema).min(1, 'every contact needs a source') };

export const contactSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('phone'), number, cost: costSchema.optional(), ...contactBase }),
  /** message: what to write, when the service needs a keyword (for example 'NCDV'). */
  z.strictObject({ kind: z.literal('text'), number, message: z.string().min(1).optional(), cost: costSchema.optional(), ...contactBase }),
  z.strictObject({ kind: z.literal('chat'), url: z.string().regex(/^https:\/\/\S+$/), ...contactBase }),
  z.strictObject({ kind: z.literal('web'), url: z.string().regex(/^https:\/\/\S+$/), ...contactBase }),
  z.strictObject({ kind: z.literal('email'), address: z.string().regex(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i), ...contactBase }),
]);

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

/** Who a service is for, for the 'who are you' filter. */
export const GROUPS = [
  'anyone',
  'women',
  'men',
  'lgbt',
  'young-people',
  'deaf',
  'disabled',
  'older',
  'friends-family',
  'professionals',
  'worried-about-own-behaviour',
] as const;

export const serviceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: plainText,
  operator: plainText.optional(),
  nations: z.array(z.enum(NATIONS)).min(1),
  summary: localisedText,
  /** The situations it helps with, for the topic filter and for linking from guides. */
  topics: z.array(z.enum(TOPICS)).min(1).optional(),
  for: z
    .strictObject({
      groups: z.array(z.enum(GROUPS)).min(1),
      minAge: z.number().int().min(0).optional(),
      maxAge: z.number().int().min(0).optional(),
      sources,
    })
    .optional(),
  /** Languages spoken on the line, and whether interpreters or BSL are offered. */
  languages: z
    .strictObject({
      spoken: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
      interpreters: z.boolean().optional(),
      bsl: z.boolean().optional(),
      textRelay: z.boolean().optional(),
      sources,
    })
    .optional(),
  /** One short paragraph: who answers, what they ask, what happens next. */
  whatHappens: z.strictObject({ text: localisedText, sources }).optional(),
  contacts: z.array(contactSchema).min(1),
});

export type ServiceFile = z.infer<typeof serviceSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type OpeningHours = z.infer<typeof hoursSchema>;

/** A full UK postcode, as written ('SE5 9RS'); the outward and inward parts with one space. */
const fullPostcode = z
  .string()
  .regex(/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, 'must be a full postcode in capitals with one space, like SE5 9RS');

/**
 * A place people can go or be referred to: a Sexual Assault Referral Centre, a Rape Crisis
 * centre or a specialist local service. Its site is a public one (never a refuge); its
 * position on the map comes from the postcode, at build time, from the bundled postcode data.
 */
export const placeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['sarc', 'rape-crisis-centre', 'local-service']),
  name: plainText,
  operator: plainText.optional(),
  nations: z.array(z.enum(NATIONS)).min(1),
  offers: z.strictObject({ text: localisedText, sources }),
  serves: z
    .strictObject({
      minAge: z.number().int().min(0).optional(),
      maxAge: z.number().int().min(0).optional(),
      genders: z.array(z.enum(['women', 'men', 'non-binary', 'any'])).min(1),
      sources,
    })
    .optional(),
  area: z.strictObject({
    text: localisedText,
    /**
     * The postcode areas ('CM') or districts ('SY10') the area covers, for 'covers your area'
     * ranking. Whole postcode areas rarely match a county exactly: err towards including one.
     */
    postcodes: z.array(z.string().regex(/^[A-Z]{1,2}(\d[A-Z\d]?)?$/, 'a postcode area (CM) or district (SY10)')).min(1),
    sources,
  }),
  /**
   * Where it is. `postcode` is that of a public site people go to. Many Rape Crisis centres
   * keep their address private for safety: then give only the town, which places the dot.
   */
  site: z.strictObject({ town: plainText, postcode: fullPostcode.optional(), sources }),
  referral: z.strictObject({ self: z.boolean(), sources }).optional(),
  topics: z.array(z.enum(TOPICS)).min(1),
  contacts: z.array(contactSchema).min(1),
});

export type PlaceFile = z.infer<typeof placeSchema>;

const id = z.string().regex(/^[a-z0-9-]+$/);

/**
 * A step of a 'three ways in' journey (content/journeys.yaml): either a question with a few
 * answers, each going to another step, or a destination that names the page to read and the
 * services to call. Every step is a page at /help/<id>/.
 */
const journeyStepSchema = z
  .strictObject({
    id,
    question: localisedText.optional(),
    options: z.array(z.strictObject({ label: localisedText, go: id })).min(2).optional(),
    /** Destinations: one or two plain sentences on what to do now. */
    say: localisedText.optional(),
    page: id.optional(),
    services: z.array(id).min(1).optional(),
  })
  .refine(
    (step) =>
      (step.question && step.options && !step.say && !step.page && !step.services) ||
      (!step.question && !step.options && step.say && step.page && step.services),
    'a step is either a question (question, options) or a destination (say, page, services)',
  );

export const journeysSchema = z.strictObject({ steps: z.array(journeyStepSchema).min(3) });
export type JourneysFile = z.infer<typeof journeysSchema>;
export type JourneyStep = JourneysFile['steps'][number];

/**
 * An 'Is this OK?' check (content/checks/<slug>.yaml): gentle questions about a relationship,
 * answered on the device and never stored, then what the answers suggest and who can help.
 */
export const checkSchema = z.strictObject({
  slug: id,
  audience: z.enum(['adult', 'teen']),
  title: localisedText,
  summary: localisedText,
  intro: localisedText,
  questions: z
    .array(
      z.strictObject({
        id,
        text: localisedText,
        /** 'danger' answers (violence, threats, fear) lead to the strongest message. */
        weight: z.enum(['concern', 'danger']),
      }),
    )
    .min(5),
  results: z.strictObject({ danger: localisedText, concern: localisedText, none: localisedText }),
  services: z.array(id).min(1),
  pages: z.array(id).min(1),
});
export type CheckFile = z.infer<typeof checkSchema>;
