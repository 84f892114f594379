/**
 * ingestText: raw speech text → Speech. A pipeline of small pure steps, each
 * in its own module and each reporting what it changed:
 *
 *   front-matter.ts  editor overrides at the top of the file
 *   markdown.ts      Markdown marks off a text that is evidently Markdown
 *   normalise.ts     invisible characters; half-width → full-width punctuation
 *   noise.ts         site noise (footers, ads, notices, menus) → `removed`
 *   joins.ts         page-chunk counters removed, cut words joined
 *   rewrap.ts        hard-wrapped lines (PDF / fixed-width copies) rejoined into paragraphs
 *   sentence-lines.ts  a .txt typed one sentence a line: each blank-line block one paragraph
 *   paragraphs.ts    paragraphs glued onto one line split apart
 *   header.ts        title / speaker / dateline lines taken into metadata
 *   outline.ts       heading blocks, parts and points
 *   metadata.ts      fields with notes (dates.ts, campaigns.ts, occasions.ts)
 */
import { reportAfterClose } from './after-signature.ts';
import { closingCreditAt } from './closing-credit.ts';
import { closingDatelineAt } from './closing-dateline.ts';
import { readFrontMatter } from './front-matter.ts';
import { readHeader } from './header.ts';
import { readOrigin } from './origin.ts';
import { joinPageChunks } from './joins.ts';
import { readMetadata } from './metadata.ts';
import { takeOffMarkdown } from './markdown.ts';
import { removeNoise } from './noise.ts';
import type { Line } from './noise.ts';
import { describeCounts, removeInvisible, toFullWidthPunctuation } from './normalise.ts';
import { readOutline } from './outline.ts';
import { splitParagraphs } from './paragraphs.ts';
import { rejoinWrapped } from './rewrap.ts';
import { joinSentenceLines } from './sentence-lines.ts';
import { lineAt, slice, trim } from './traced.ts';
import type { Traced } from './traced.ts';
import { IngestError } from './types.ts';
import type { FormatNotes, PageFacts, Removal, Repair, Speech } from './types.ts';

/** Removal reasons that mark a page's navigation (a line above it is the site's, not the title). */
const NAVIGATION: ReadonlySet<string> = new Set(['menu', 'breadcrumb', 'navigation']);

export * from './types.ts';
export { CAMPAIGNS } from './campaigns.ts';
export type { Campaign } from './campaigns.ts';
export { OCCASIONS } from './occasions.ts';
export { PLENUMS } from './dates.ts';

/**
 * `page`: what the file says about itself (HTML meta, Word/PDF properties), weak
 * evidence for metadata. `formatNotes`: removals and repairs the format reader made
 * before this text existed (see `FormatNotes`), merged into the speech's report.
 */
export function ingestText(raw: string, source: string, filePage?: PageFacts, formatNotes?: FormatNotes): Speech {
  const text = raw.replace(/^\uFEFF/, '');
  const rawLines = text.split(/\r\n|\r|\n/);
  const fm = readFrontMatter(rawLines, source);
  // Another tool's front matter: page facts under the file's own, its lines reported as removed.
  const page: PageFacts | undefined = fm.foreign ? { ...fm.foreign.facts, ...filePage, format: filePage?.format ?? 'txt' } : filePage;
  const bodyLines: Line[] = rawLines.slice(fm.lineCount).map((t, i) => ({ text: t, line: fm.lineCount + i + 1 }));
  if (!bodyLines.some((l) => l.text.trim())) {
    throw new IngestError(
      source,
      null,
      fm.lineCount ? 'the speech text after the front matter is empty' : 'the file is empty',
      'add the speech text or remove the file',
    );
  }

  const removed: Removal[] = [...(formatNotes?.removed ?? [])];
  const repairs: Repair[] = [...(formatNotes?.repairs ?? [])];
  if (fm.foreign) {
    const why = `front matter of another tool (keys ${fm.foreign.keys.join(', ')} are not the archive's): read as the page's own metadata`;
    for (const [i, t] of rawLines.slice(0, fm.lineCount).entries()) removed.push({ reason: 'page-front-matter', text: t, line: i + 1 });
    repairs.push({ kind: 'page-front-matter', detail: why, line: 1 });
  }

  // Invisible characters first, so no other rule has to allow for them.
  const visible = bodyLines.map((l) => {
    const r = removeInvisible(l.text);
    for (const t of r.removed) removed.push({ reason: 'control-char', text: t, line: l.line });
    return { text: r.text, line: l.line };
  });

  // Markdown marks (a notes app's or blog's text) off before any rule reads a line.
  const markdown = takeOffMarkdown(visible);
  removed.push(...markdown.removed);
  if (markdown.changed) {
    repairs.push({
      kind: 'markdown',
      detail: `the text is Markdown: its marks taken off ${markdown.changed} line(s), the text they show kept`,
      line: markdown.removed[0]?.line ?? 1,
    });
  }

  const noise = removeNoise(markdown.lines, page?.title);
  removed.push(...noise.removed);
  repairs.push(...noise.repairs);

  // Punctuation after noise, so removals report the noise exactly as written.
  const totals: Record<string, number> = {};
  let firstLine: number | null = null;
  const normalised = noise.kept.map((l) => {
    const r = toFullWidthPunctuation(l.text);
    for (const [k, n] of Object.entries(r.counts)) {
      totals[k] = (totals[k] ?? 0) + n;
      firstLine ??= l.line;
    }
    return { text: r.text, line: l.line };
  });
  if (firstLine !== null) {
    repairs.push({
      kind: 'fullwidth-punctuation',
      detail: `half-width punctuation next to Chinese made full-width: ${describeCounts(totals)}`,
      line: firstLine,
    });
  }

  const joined = joinPageChunks(normalised);
  removed.push(...joined.removed);
  repairs.push(...joined.repairs);

  const rewrapped = rejoinWrapped(joined.logical, joined.blankBefore);
  repairs.push(...rewrapped.repairs);
  // A .txt typed one sentence a line (its paragraphs the blocks between blank lines), when not wrapped.
  const sentenced = rewrapped.evidence
    ? { logical: rewrapped.logical, repairs: [] }
    : joinSentenceLines(rewrapped.logical, joined.blankBefore);
  repairs.push(...sentenced.repairs);

  const split = splitParagraphs(sentenced.logical);
  repairs.push(...split.repairs);

  const navLines = new Set(noise.removed.filter((r) => NAVIGATION.has(r.reason)).map((r) => r.line));
  // A news lead the chrome step took out from above a headed title block, or a dated caption or lead the
  // first paragraph restates (else a photo series' caption), is still the header's evidence for the day.
  const chromeLead =
    noise.removed.find((r) => r.reason === 'lead-above-title' || r.reason === 'restated-lead') ??
    noise.removed.find((r) => r.reason === 'caption-series');
  const header = readHeader(split.pieces, page?.title, navLines, chromeLead, new Set(noise.removed.map((r) => r.line)));
  removed.push(...header.removed);
  repairs.push(...header.repairs);

  // A newspaper's report of a letter after the letter's signature and date (after-signature.ts).
  const letterBody = cutClosingCredit(cutReportAfterClose(header.body, removed), removed);

  // A dateline printed under the last paragraph is the header's, not a paragraph (closing-dateline.ts).
  const closing = closingDatelineAt(letterBody, (a, b) => removed.some((r) => r.line > a && r.line < b));
  const speechBody = closing === null ? letterBody : letterBody.slice(0, closing);
  const headerLines =
    closing === null
      ? header.lines
      : [...header.lines, { role: 'dateline' as const, text: letterBody[closing]!.text.trim(), line: lineAt(letterBody[closing]!, 0) }];
  const { blocks, outline } = readOutline(speechBody.map((p) => ({ text: p.text, line: lineAt(p, 0) })));
  if (!blocks.length && !header.lines.length) {
    throw new IngestError(
      source,
      null,
      'nothing is left after removing site noise',
      'check the removed lines in the ingest report; add the speech text or remove the file',
    );
  }

  const meta = readMetadata(header, header.body, fm, source, page, visible);

  removed.sort((a, b) => a.line - b.line);
  repairs.sort((a, b) => a.line - b.line);
  return {
    source,
    title: meta.title,
    speaker: meta.speaker,
    date: meta.date,
    year: meta.year,
    yearAfter: meta.yearAfter,
    occasion: meta.occasion,
    campaign: meta.campaign,
    notes: meta.notes,
    ...(meta.untitled ? { untitled: true as const } : {}),
    blocks,
    outline,
    removed,
    repairs,
    chars: blocks.reduce((n, b) => n + [...b.text].length, 0),
    origin: readOrigin(removed, header.dispatch, page),
    header: headerLines,
  };
}

/** The body up to a letter's close when a news report of the letter follows it; the report's pieces reported as `news-report`. */
function cutReportAfterClose(body: readonly Traced[], removed: Removal[]): readonly Traced[] {
  const at = reportAfterClose(body.map((p) => p.text));
  if (at === null) return body;
  const piece = body[at.piece]!;
  const gone = [slice(piece, at.offset), ...body.slice(at.piece + 1)].map(trim).filter((p) => p.text);
  for (const p of gone) removed.push({ reason: 'news-report', text: p.text, line: lineAt(p, 0) });
  const kept = trim(slice(piece, 0, at.offset));
  return [...body.slice(0, at.piece), ...(kept.text ? [kept] : [])];
}

/** The body less a source credit closing its last piece (`（据新华社合肥8月21日电…）`), reported as `closing-credit`. */
function cutClosingCredit(body: readonly Traced[], removed: Removal[]): readonly Traced[] {
  const last = body.at(-1);
  const at = last ? closingCreditAt(last.text) : null;
  if (!last || at === null) return body;
  const credit = trim(slice(last, at));
  removed.push({ reason: 'closing-credit', text: credit.text, line: lineAt(credit, 0) });
  const kept = trim(slice(last, 0, at));
  return [...body.slice(0, -1), ...(kept.text ? [kept] : [])];
}
