/**
 * Front matter of a glossary entry (`content/concepts/*.mdx`). Types come from here.
 * The MDX body is an optional longer explanation shown on the concept page.
 */
import { z } from 'astro/zod';

export const CATEGORIES = [
  '政治建设',
  '思想理论',
  '组织生活',
  '作风建设',
  '纪律监督',
  '责任落实',
  '主题教育',
  '基层组织',
  '精神谱系',
  '工作方法',
] as const;

/**
 * Where an ambiguous wording means this concept. The wording links only where one of
 * its senses accepts the context (see src/lib/concepts/senses.ts).
 */
export const senseSchema = z.object({
  /** The term or one of the variants. */
  wording: z.string().min(2),
  /** At least one of these words must occur around the wording. Default: none needed. */
  require: z.array(z.string().min(1)).default([]),
  /** None of these words may occur around the wording. Default: none. */
  exclude: z.array(z.string().min(1)).default([]),
  /** Characters looked at before and after the wording. Default: the sentence around it. */
  window: z.number().int().min(0).max(500).optional(),
  /** Years of the speech (inclusive) in which the wording has this sense; an unknown year fails. */
  years: z.object({ from: z.number().int().optional(), to: z.number().int().optional() }).optional(),
  /** Campaigns (as CAMPAIGNS names them) of the speeches in which it has this sense. */
  campaigns: z.array(z.string().min(2)).optional(),
});

export const conceptSchema = z.object({
  /** Canonical wording, as it is usually written, without quotation marks: `两个维护`. */
  term: z.string().min(2),
  /**
   * Other wordings that mean the same and should link here: full forms, short forms,
   * older wordings. Quotation marks around a whole wording are not needed (a term inside
   * “…” matches anyway); marks inside one are written as the texts do: `“两新”组织`.
   * Default: none.
   */
  variants: z.array(z.string().min(2)).default([]),
  /** One sentence, in our own words: what it means. */
  definition: z.string().min(10),
  /** For numbered terms (四风, 三会一课 …): the members of the list, in order. Default: none. */
  content: z.array(z.string().min(1)).default([]),
  /** When and where it was first put forward, where known; omit when not certain. */
  origin: z
    .object({
      /** Year first put forward. */
      year: z.number().int().min(1921).max(2030),
      /** The meeting, speech or document, e.g. `2016年1月29日中央政治局会议`. */
      source: z.string().min(2),
    })
    .optional(),
  category: z.enum(CATEGORIES),
  /** Sense rules for wordings that also mean something else. Default: none. */
  senses: z.array(senseSchema).default([]),
  /** Canonical terms of related entries; each must exist (checked at build). Default: none. */
  related: z.array(z.string()).default([]),
});

export type ConceptData = z.infer<typeof conceptSchema>;
