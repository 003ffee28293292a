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
    /** 'guide' pages are listed on the home page and must cite sources; 'info' pages are about the app. */
    kind: z.enum(['guide', 'info']),
    audiences: z.array(z.enum(AUDIENCES)).min(1),
    topics: z.array(z.enum(TOPICS)).min(1),
    /** A page listed on another page (a hub) rather than on the home page; its back link goes there. */
    parent: z.string().regex(/^[a-z0-9-]+$/).optional(),
    /** Ids of files in content/services/ shown under 'Who can help'. */
    services: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    sources: z.array(sourceSchema).default([]),
    reviewed: isoDate,
    /** Non-English pages only: how far the translation has been checked. */
    translation: z
      .strictObject({ status: z.enum(TRANSLATION_STATUSES), englishReviewed: isoDate })
      .optional(),
  })
  .refine((page) => page.kind !== 'guide' || page.sources.length > 0, {
    message: 'a guide page states facts, so it needs at least one source',
    path: ['sources'],
  });

export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;

const contactBase = { sources: z.array(sourceSchema).min(1, 'every contact needs a source') };

export const contactSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('phone'), number: z.coerce.string().regex(/^\+?[\d ]{3,16}$/), ...contactBase }),
  z.strictObject({ kind: z.literal('text'), number: z.coerce.string().regex(/^\+?[\d ]{3,16}$/), ...contactBase }),
  z.strictObject({ kind: z.literal('web'), url: z.string().regex(/^https:\/\/\S+$/), ...contactBase }),
  z.strictObject({ kind: z.literal('email'), address: z.string().regex(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i), ...contactBase }),
]);

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

export const serviceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: plainText,
  operator: plainText.optional(),
  nations: z.array(z.enum(NATIONS)).min(1),
  summary: z.record(z.string(), plainText).refine((summary) => 'en' in summary, 'needs an English summary'),
  contacts: z.array(contactSchema).min(1),
});

export type ServiceFile = z.infer<typeof serviceSchema>;
export type Contact = z.infer<typeof contactSchema>;
