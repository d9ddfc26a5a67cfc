import type { TaskRecord } from '../model/records.ts';
import type { CodeCandidate } from '../replies/find-task-code.ts';

/** A word the reply names as a task code, with the task it is the code of (null: no such task). */
export interface NamedCode {
  candidate: CodeCandidate;
  task: TaskRecord | null;
}

/**
 * Which task(s) one free-text reply is about:
 * - `one`: the whole text is read for one task; `moved` when it is not the task the reply is anchored
 *   to (the card replied to), because the text names another of the unit's tasks;
 * - `several`: the text split at each code it names, each part read for its own task;
 * - `unknown_code` / `not_units`: the text names a code that is no task, or a task not the unit's;
 * - `unclear`: several tasks named and words that cannot be given to one of them.
 * Nothing is stored for the last three; `anchorText` is what the text says of the anchored task when it
 * names it among the others (the question back suggests the typed report from those words).
 */
export type ReplyScope =
  | { kind: 'one'; task: TaskRecord; text: string; moved: boolean }
  | { kind: 'several'; parts: { task: TaskRecord; text: string }[] }
  | { kind: 'unknown_code'; code: string; anchorText?: string }
  | { kind: 'not_units'; code: string; anchorText?: string }
  | { kind: 'unclear'; codes: string[] };

/**
 * A candidate that counts as naming a task: the code of a task, or a word shaped like the plan's codes
 * ("P5-09": letters and digits around "-", "_" or "."). A bare "P5" or "10h" that is no task's code is
 * an ordinary word.
 */
function namesTaskCode(named: NamedCode): boolean {
  return named.task !== null || /[-_.]/.test(named.candidate.code);
}

const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);

/**
 * `anchor` is the task of the card replied to, or (where there are no reply threads) the task the
 * mention named, its code already taken out of `text` in place. `named` are the other codes in the
 * text, in the order written. `readsAsStatus` says whether leading words before the first code report
 * something (a bare "Báo cáo:" does not); such words cannot be given to one task of several.
 */
export function scopeReplyToTasks(input: {
  anchor: TaskRecord;
  anchorNamedInText: boolean;
  text: string;
  named: readonly NamedCode[];
  unitId: number;
  readsAsStatus: (text: string) => boolean;
}): ReplyScope {
  const { anchor, text, unitId } = input;
  const named = input.named.filter(namesTaskCode);
  const others = named.filter((n) => n.task?.id !== anchor.id);
  if (others.length === 0) return { kind: 'one', task: anchor, text, moved: false };
  const { lead, parts } = splitAtCodes(text, named);
  const missing = others.find((n) => n.task === null);
  const foreign = others.find((n) => n.task !== null && !n.task.assignments.some((a) => a.unitId === unitId));
  const refused = missing ?? foreign;
  if (refused) {
    const ownIndex = named.findIndex((n) => n.task?.id === anchor.id);
    const anchorText = ownIndex >= 0 ? parts[ownIndex]!.text : input.anchorNamedInText ? lead : '';
    const kind = missing ? 'unknown_code' : 'not_units';
    return hasWords(anchorText) ? { kind, code: refused.candidate.code, anchorText } : { kind, code: refused.candidate.code };
  }

  const codes = [...(input.anchorNamedInText ? [anchor.code] : []), ...named.map((n) => n.task!.code)];
  if (named.length === 1 && !input.anchorNamedInText) {
    // A reply to one card naming one other task: all its words are about that task.
    return { kind: 'one', task: named[0]!.task!, text: `${lead} ${parts[0]!.text}`.trim(), moved: true };
  }
  const all = parts.map((part, i) => ({ task: named[i]!.task!, text: part.text }));
  if (input.anchorNamedInText) all.unshift({ task: anchor, text: lead });
  else if (hasWords(lead) && input.readsAsStatus(lead)) return { kind: 'unclear', codes };
  // "P5-01, P5-02 đều xong": a code with no words of its own cannot be read on its own.
  if (all.some((part) => !hasWords(part.text))) return { kind: 'unclear', codes };
  const onlyAnchor = all.length === 1 && all[0]!.task.id === anchor.id;
  if (onlyAnchor) return { kind: 'one', task: anchor, text: all[0]!.text, moved: false };
  return { kind: 'several', parts: all };
}

/** The words before the first code, then each code's words up to the next code. */
function splitAtCodes(text: string, named: readonly NamedCode[]): { lead: string; parts: { text: string }[] } {
  const starts: { at: number; length: number }[] = [];
  let from = 0;
  for (const n of named) {
    const at = text.indexOf(n.candidate.written, from);
    const found = at < 0 ? text.length : at;
    starts.push({ at: found, length: at < 0 ? 0 : n.candidate.written.length });
    from = found + (at < 0 ? 0 : n.candidate.written.length);
  }
  const lead = text.slice(0, starts[0]?.at ?? text.length);
  const parts = starts.map((start, i) => ({ text: text.slice(start.at + start.length, starts[i + 1]?.at ?? text.length) }));
  return { lead: trimJoin(lead), parts: parts.map((p) => ({ text: trimJoin(p.text) })) };
}

/**
 * Joining words left at the cut, so the note keeps only the unit's words about that task: "xong rồi,
 * còn việc" → "xong rồi"; ", thì đang làm 50%" → "đang làm 50%" (a topic's "thì" after its code).
 */
function trimJoin(text: string): string {
  const separators = /^[\s,;:.–—-]+|[\s,;:.–—-]+$/gu;
  return text
    .replace(separators, '')
    .replace(/(^|\s+)(còn|con|và|va|với|voi)(\s+(việc|viec|vụ|vu|nhiệm vụ|nhiem vu|mã|ma))?$/iu, '')
    .replace(separators, '')
    .replace(/^(thì|thi)(\s+|$)/iu, '')
    .replace(separators, '');
}
