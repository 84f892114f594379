/**
 * Speaker evidence inside the body, for a text whose header gave none (the title block not
 * taken as a header because chrome stands between its lines, or a news report with no byline):
 *
 *   - a byline where a byline stands: right above the salutation (a dateline may stand between),
 *     or under a title-shaped line and above the first paragraph; or a transcript's turn
 *     `<name>：<salutation>`;
 *   - a news report's lead whose first sentence has an office and a name as its subject and a
 *     speaker's verb (`中共中央总书记…习近平8月24日上午主持召开…`, `…习近平对…作出重要指示`),
 *     in a text that is not itself a speech (no salutation near its start).
 *
 * Only the first pieces of the body are read (a name in the text's middle is someone else's).
 * Pure functions over the body's pieces; metadata.ts reports what each found, with its reason.
 */
import { ROLE_WORD, nameShaped, readByline } from './byline.ts';
import { isDateline } from './dates.ts';
import { len } from './line-features.ts';
import { SALUTATION, chromeShaped, titleScore } from './title-shape.ts';

export interface FoundSpeaker {
  name: string;
  /** Index of the piece the evidence is on. */
  index: number;
  evidence: string;
  reason: string;
}

/** How far into the body a byline or a lead is looked for (pieces). */
const OPENING_PIECES = 30;

/** A paragraph opening a speech: the common salutations and any vocative list ending in a colon (`全国同胞们，…朋友们：`). */
const OPENS_SPEECH = /^(?:尊敬的|亲爱的|各位|同志们|同胞们|女士们|朋友们|[^，。：；！？\s]{1,10}?们[，、：:])/u;
const opensSpeech = (t: string): boolean => SALUTATION.test(t) || (OPENS_SPEECH.test(t) && /[：:！!]$/u.test(t) && len(t) <= 120);

/** A transcript's turn: a name, a colon, then the salutation (`张明：同志们，朋友们：`). */
const TURN = /^(\p{Script=Han}{2,3})[：:]\s*(.+)$/u;

/** A byline line: a name (with a family name's first character) alone, or a role then a name. */
function bylineName(t: string): string | null {
  if (len(t) > 40 || chromeShaped(t) || isDateline(t) || /[。！？；，：:]/.test(t)) return null;
  const by = readByline(t);
  if (!by || by.subtitle) return null;
  if (by.role === null && !nameShaped(by.name)) return null;
  return by.name;
}

/** A byline in the body's opening pieces, standing where bylines stand, or null. */
export function bylineAtOpening(pieces: readonly string[]): FoundSpeaker | null {
  const n = Math.min(pieces.length, OPENING_PIECES);
  for (let i = 0; i < n; i++) {
    const t = pieces[i]!.trim();
    const turn = TURN.exec(t);
    if (turn && nameShaped(turn[1]!) && SALUTATION.test(turn[2]!))
      return { name: turn[1]!, index: i, evidence: t, reason: "a transcript's turn: the name, a colon and the speech's salutation" };
    if (!opensSpeech(t)) continue;
    // Above the salutation: the name, maybe with a dateline between (or above it).
    for (let k = i - 1, steps = 0; k >= 0 && steps < 2; k--, steps++) {
      const u = pieces[k]!.trim();
      const name = bylineName(u);
      if (name)
        return { name, index: k, evidence: u, reason: 'a byline right above the salutation (the title block not taken as the header)' };
      if (!isDateline(u)) break;
    }
    break; // only the first salutation
  }
  // Under a title-shaped line and above the first paragraph (no salutation).
  for (let i = 1; i + 1 < n; i++) {
    const name = bylineName(pieces[i]!.trim());
    if (!name) continue;
    const above = pieces[i - 1]!.trim();
    const below = pieces[i + 1]!.trim();
    if (titleScore(above) > 0 && /[。！？]$/u.test(below) && len(below) >= 30)
      return { name, index: i, evidence: pieces[i]!.trim(), reason: 'a byline under a title-shaped line, above the first paragraph' };
  }
  return null;
}

/** What a speaker does in a news report's lead. */
const SPEAKER_VERB =
  '(?:主持召开|主持[^。！？]{0,30}?(?:会议|座谈会|学习)|作出(?:重要)?(?:指示|批示)|发表[^。！？]{0,40}?(?:讲话|致辞|演讲)|(?:出席|参加)[^。！？]{0,30}?并(?:致辞|发言)|讲话|强调|指出)';
/** The lead's first sentence: an office chain and a name as its subject (after a short opening clause), then the verb. */
const REPORT_LEAD = new RegExp(
  `^(?:[^。！？]{0,40}?[，,])?(?:[^。！？，,]{0,40}?)${ROLE_WORD}(\\p{Script=Han}{2,3}?)(?=[\\d一二三四五六七八九十在对主出于近今昨日发参]|[上下]午)[^。！？]{0,100}?${SPEAKER_VERB}`,
  'u',
);

/**
 * A lead's opening clause that says a meeting was held and names no one: `…，<meeting>在北京举行。`
 * (or `…举行，`; the days may stand after the meeting's name: `<meeting>12月18日至20日在北京举行。`).
 */
const MEETING_HELD =
  /^[^。！？]*?(?:会议|大会|会|论坛|峰会|典礼|仪式)(?:\d{1,4}(?:年|月|日)|[至到－—~-]|[上下]午|晚)*(?:在[^，。；！？]{1,16}?)?(?:召开|举行|举办|开幕|闭幕)[，,。！]/u;

/**
 * The speaker of a news report about a speech or an instruction: the subject of its lead's
 * first sentence (an office and a name), in a text with no salutation near its start (a speech
 * that reports someone else's instruction is the speech's own speaker's).
 */
export function reportLeadSpeaker(pieces: readonly string[]): FoundSpeaker | null {
  const n = Math.min(pieces.length, OPENING_PIECES);
  for (let i = 0; i < n; i++) if (opensSpeech(pieces[i]!.trim())) return null;
  for (let i = 0; i < n; i++) {
    const t = pieces[i]!.trim();
    // The lead: the first paragraph of sentences.
    if (len(t) < 40 || !/[。！？]/u.test(t)) continue;
    const first = t.slice(0, t.search(/[。！？]/u) + 1);
    // A lead opening with the meeting held (`12月18日至20日，<meeting>在北京举行。`, or `…举行，`): the
    // sentence or clause after it names who spoke.
    const heldClause = REPORT_LEAD.test(t) ? null : MEETING_HELD.exec(t);
    const held = heldClause !== null;
    const sentence = heldClause ? (/^[^。！？]+[。！？]/u.exec(t.slice(heldClause[0].length))?.[0] ?? '') : first;
    const m = REPORT_LEAD.exec(sentence);
    if (held && !m) return spokeAtMeeting(t, pieces[i + 1]?.trim() ?? '', i + 1);
    if (!m || !nameShaped(m[1]!)) return null;
    return {
      name: m[1]!,
      index: i,
      evidence: sentence,
      reason: held
        ? "the subject of a meeting report's second sentence, after the lead's meeting held (an office and a name, then what the speaker did)"
        : "the subject of a news report's lead (an office and a name, then what the speaker did)",
    };
  }
  return null;
}

/** `<name>在会上发表重要讲话` opening the paragraph after a meeting report's lead (作…讲话, 致辞, 报告 too). */
const SPOKE_AT_MEETING =
  /^(\p{Script=Han}{2,3}?)在(?:会上|会议上|大会上|论坛上|开幕式上|闭幕会上)(?:发表|作)了?(?:重要|主旨)?(?:讲话|致辞|演讲|报告)/u;

/**
 * A meeting report whose lead says the meeting was held and lists who attended (`…在北京举行。
 * <office><name>，<office><name>…出席会议。`), then opens the next paragraph with one of them
 * speaking (`习近平在会上发表重要讲话，…`): the speaker is that person, named in the lead with an office.
 */
function spokeAtMeeting(lead: string, next: string, index: number): FoundSpeaker | null {
  const m = SPOKE_AT_MEETING.exec(next);
  if (!m || !nameShaped(m[1]!) || !new RegExp(`${ROLE_WORD}${m[1]!}`, 'u').test(lead)) return null;
  return {
    name: m[1]!,
    index,
    evidence: m[0],
    reason: `a meeting report: the paragraph after the lead opens with ${m[1]!} speaking at the meeting, and the lead names ${m[1]!} with an office among those who attended`,
  };
}

/** A vocative list ending in a colon: the salutation's shape (`…先生，女士们，先生们：`). */
const VOCATIVE_LIST = /(?:女士们|先生们|朋友们|同志们|同胞们|来宾们|各位[^，、：:]{0,8})[，、]?[^。！？]{0,60}[：:]$/u;

/**
 * A byline glued to the salutation under the header (`习近平行政长官贺一诚先生，…，女士们，先生们：`,
 * a one-line wire text whose lines ran together): the first body piece opens with a 2–3
 * character name and the rest is a salutation (a vocative list ending in a colon), and the raw
 * text names that person with an office (`国家主席习近平`, in a lead or a caption) — which tells
 * where the name ends. Only the body's first piece, and not a piece that is a salutation itself.
 */
export function nameGluedToSalutation(pieces: readonly string[], raw: string): FoundSpeaker | null {
  const t = pieces[0]?.trim() ?? '';
  if (!t || len(t) > 120 || opensSpeech(t) || !VOCATIVE_LIST.test(t)) return null;
  for (const n of [3, 2]) {
    const name = [...t].slice(0, n).join('');
    const rest = [...t].slice(n).join('');
    if (!nameShaped(name) || !VOCATIVE_LIST.test(rest)) continue;
    if (!new RegExp(`${ROLE_WORD}${name}`, 'u').test(raw)) continue;
    return {
      name,
      index: 0,
      evidence: t,
      reason: `a name glued to the salutation (${name} | ${[...rest].slice(0, 12).join('')}…), the page naming ${name} with an office`,
    };
  }
  return null;
}

/**
 * A third-person summary of a report (`周恩来总理在报告中首先指出，…`, `…总理接着谈到…`): the one
 * person named at least twice as saying things 在报告中 is whose report it is. Only in a text
 * that does not open as a speech (a speech that cites someone's report is its speaker's own).
 */
const SAYS_IN_REPORT = new RegExp(`(\\p{Script=Han}{2,3}?)${ROLE_WORD}?在(?:[^，。；]{0,16}?的)?报告(?:中|里)`, 'gu');

export function reportSummarySpeaker(pieces: readonly string[]): FoundSpeaker | null {
  if (pieces.slice(0, 3).some((p) => opensSpeech(p.trim()))) return null;
  const seen = new Map<string, { count: number; index: number; evidence: string }>();
  for (const [i, p] of pieces.entries()) {
    for (const m of p.matchAll(SAYS_IN_REPORT)) {
      const name = m[1]!;
      if (!nameShaped(name)) continue;
      const s = seen.get(name) ?? { count: 0, index: i, evidence: p.slice(m.index, m.index + 60) };
      s.count++;
      seen.set(name, s);
    }
  }
  const named = [...seen.entries()].filter(([, s]) => s.count >= 2);
  if (named.length !== 1) return null;
  const [name, s] = named[0]!;
  return {
    name,
    index: s.index,
    evidence: s.evidence,
    reason: `a summary of a report: ${name} is named ${s.count} times as saying things 在报告中, and no one else`,
  };
}
