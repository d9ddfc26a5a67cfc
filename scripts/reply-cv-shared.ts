/**
 * What the leave-one-blind-set-out scripts share (reply-model-blind-cv.ts, reply-model-stack-cv.ts):
 * another tree's rule reader and done guard, and the tallies they print.
 */
import { resolve } from 'node:path';
import type { DoneGuardParts } from '../src/core/replies/second-opinion-done-guard.ts';
import { REPLY_CONFIDENCE_THRESHOLD, type ReplyReading } from '../src/core/replies/types.ts';

/** The rule reader of another tree (`--rules <dir>/src/core/replies/read-reply.ts`). */
export async function rulesReaderOf(readReplyFile: string): Promise<(text: string) => ReplyReading> {
  return (await import(resolve(readReplyFile))).readReply;
}

/** With --rules, the done guard of that tree too: a doubt the current rules learned from these sets is not one a new writer meets. */
export async function guardPartsOf(readReplyFile: string): Promise<DoneGuardParts> {
  const at = (name: string) => import(resolve(readReplyFile, '..', name));
  const [normalize, roles, signals, guard] = await Promise.all([
    at('normalize-reply.ts'),
    at('read-clause-roles.ts'),
    at('read-signals.ts'),
    at('guard-done.ts'),
  ]);
  return { normalizeReply: normalize.normalizeReply, readClauseRoles: roles.readClauseRoles, readSignals: signals.readSignals, guardDone: guard.guardDone };
}

export interface Tally {
  n: number;
  correct: number;
  falseDone: number;
  /** labelled done, read below the confidence threshold (the bot asks) and not as done */
  doneAsked: number;
  /** labelled other than done, read below the confidence threshold */
  otherAsked: number;
  /** read at or above the threshold with a wrong status: stored wrong */
  storedWrong: number;
  /** asked with the kind "report": what the bot asks about with buttons (reply-command.ts) */
  reportAsked: number;
}
export const emptyTally = (): Tally => ({ n: 0, correct: 0, falseDone: 0, doneAsked: 0, otherAsked: 0, storedWrong: 0, reportAsked: 0 });

/** Counts one reading of a labelled line into `t`. */
export function countReading(t: Tally, read: string, truth: string, confidence = 1, kind = 'report'): void {
  t.n++;
  if (read === truth) t.correct++;
  if (read === 'done' && truth !== 'done') t.falseDone++;
  const asked = confidence < REPLY_CONFIDENCE_THRESHOLD;
  if (asked && truth === 'done' && read !== 'done') t.doneAsked++;
  if (asked && truth !== 'done') t.otherAsked++;
  if (!asked && read !== truth) t.storedWrong++;
  if (asked && kind === 'report') t.reportAsked++;
}

export function pooled(perFile: Map<string, Tally>): Tally {
  const t = emptyTally();
  for (const f of perFile.values()) for (const key of Object.keys(t) as (keyof Tally)[]) t[key] += f[key];
  return t;
}

/** "right false-done done→ask other→ask asks/100 report-asks/100 stored-wrong" of a pooled tally. */
export function tallyColumns(t: Tally): string {
  return `${`${t.correct}/${t.n}`.padStart(10)} ${((100 * t.correct) / t.n).toFixed(1).padStart(5)}% ${String(t.falseDone).padStart(4)} ${String(t.doneAsked).padStart(5)} ${String(t.otherAsked).padStart(5)} ${((100 * (t.doneAsked + t.otherAsked)) / t.n).toFixed(1).padStart(6)} ${((100 * t.reportAsked) / t.n).toFixed(1).padStart(6)} ${String(t.storedWrong).padStart(5)}`;
}
export const TALLY_HEADER = `${'right'.padStart(10)} ${'%'.padStart(6)} ${'fd'.padStart(4)} ${'d→ask'.padStart(5)} ${'o→ask'.padStart(5)} ${'ask%'.padStart(6)} ${'rep%'.padStart(6)} ${'wrong'.padStart(5)}`;
