/**
 * The ingest report: what the cleaner removed and why, what it repaired,
 * what it inferred and from what, and which files could not be read.
 * Written outside dist/ (never published); a short summary goes to the console.
 */
import type { IngestError, Speech } from '../ingest/types.ts';
import type { DuplicatePair } from '../ingest/duplicates.ts';
import { toCheck } from './to-check.ts';

export interface ReportInput {
  speeches: readonly (Speech & { slug: string })[];
  failures: readonly IngestError[];
  reused: number;
  duplicates: readonly DuplicatePair[];
}

export function summarise({ speeches, failures, reused, duplicates }: ReportInput): string {
  const removed = speeches.reduce((n, s) => n + s.removed.length, 0);
  const repairs = speeches.reduce((n, s) => n + s.repairs.length, 0);
  const inferred = speeches.reduce((n, s) => n + s.notes.filter((x) => x.how === 'inferred').length, 0);
  const untitled = speeches.filter((s) => s.untitled).length;
  const check = speeches.filter((s) => toCheck(s).length).length;
  return [
    `${speeches.length} speeches (${speeches.length - reused} ingested, ${reused} unchanged)`,
    `${removed} noise removals`,
    `${repairs} repairs`,
    `${inferred} inferred fields`,
    // Only when there are some: a text with no title of its own is listed by its file name.
    ...(untitled ? [`${untitled} with no title (file name stands in)`] : []),
    `${failures.length} bad files`,
    `${duplicates.length} duplicates`,
    // Only when there are some: the report's "To check" section lists them first.
    ...(check ? [`${check} to check`] : []),
  ].join(', ');
}

export function reportJson(input: ReportInput): string {
  return JSON.stringify(
    {
      summary: summarise(input),
      failures: input.failures.map((f) => ({ source: f.source, line: f.line, problem: f.problem, hint: f.hint })),
      duplicates: input.duplicates,
      speeches: input.speeches.map((s) => ({
        source: s.source,
        slug: s.slug,
        title: s.title,
        ...(s.untitled ? { untitled: true } : {}),
        check: toCheck(s),
        fields: s.notes,
        removed: s.removed,
        repairs: s.repairs,
      })),
    },
    null,
    2,
  );
}

const quote = (text: string) => `\`${text.replace(/`/g, 'ˋ').replace(/\n/g, '⏎').replace(/\|/g, '\\|')}\``;

export function reportMarkdown(input: ReportInput): string {
  const out = [`# Ingest report`, '', summarise(input), ''];
  if (input.failures.length) {
    out.push('## Bad files', '');
    for (const f of input.failures) out.push(`- ${f.message}`);
    out.push('');
  }
  if (input.duplicates.length) {
    out.push('## Duplicates', '');
    for (const d of input.duplicates) out.push(`- ${d.a} ~ ${d.b}: ${d.kind}, ${Math.round(d.similarity * 100)}% alike`);
    out.push('');
  }
  const check = input.speeches.map((s) => ({ s, reasons: toCheck(s) })).filter((c) => c.reasons.length);
  if (check.length) {
    out.push(
      '## To check',
      '',
      "What the cleaner could not find, or where only its least specific rule spoke; each speech's section below has the evidence.",
      '',
    );
    for (const { s, reasons } of check) out.push(`- ${s.source} → ${s.slug}: ${reasons.map((r) => `${r.field}: ${r.text}`).join('; ')}`);
    out.push('');
  }
  for (const s of input.speeches) {
    out.push(
      `## ${s.source} → ${s.slug}`,
      '',
      s.untitled ? `**${s.title}** (no title in the text: the file name stands in)` : `**${s.title}**`,
      '',
    );
    out.push('| field | how | evidence | line | reason |', '|---|---|---|---|---|');
    for (const n of s.notes)
      out.push(`| ${n.field} | ${n.how} | ${quote(n.evidence)} | ${n.line ?? ''} | ${n.reason ? quote(n.reason) : ''} |`);
    out.push('', `Removed (${s.removed.length}):`, '');
    for (const r of s.removed) out.push(`- line ${r.line}, ${r.reason}: ${quote(r.text)}`);
    out.push('', `Repairs (${s.repairs.length}):`, '');
    for (const r of s.repairs) out.push(`- line ${r.line}, ${r.kind}: ${r.detail}`);
    out.push('');
  }
  return out.join('\n');
}
