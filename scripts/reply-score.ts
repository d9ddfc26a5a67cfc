/**
 * Counting for `npm run score:replies`: compares the reader's readings with a labelled key.
 * Pure (no I/O) so the counting itself is tested apart from the reader's quality.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { REPLY_CONFIDENCE_THRESHOLD, type ReplyStatus } from '../src/core/replies/index.ts';

export const STATUSES: readonly ReplyStatus[] = ['not_started', 'in_progress', 'blocked', 'done', 'none'];

const keyLineSchema = z.object({
  text: z.string().min(1),
  status: z.enum(['not_started', 'in_progress', 'blocked', 'done', 'none']),
  /** a line without a percent has none */
  percent: z
    .number()
    .min(0)
    .max(100)
    .nullish()
    .transform((p) => p ?? null),
  note: z.string().optional(),
});

export type KeyLine = z.infer<typeof keyLineSchema>;

/** The part of a reading the key speaks about. */
export interface Reading {
  status: ReplyStatus;
  percent: number | null;
  /** below REPLY_CONFIDENCE_THRESHOLD the bot asks with buttons and stores nothing */
  confidence?: number;
}

export interface Miss {
  text: string;
  expected: Reading;
  read: Reading;
  /** 'status': the status is wrong; 'percent': the status is right but the percent is not. */
  what: 'status' | 'percent';
  note?: string;
}

export type Confusion = Record<ReplyStatus, Record<ReplyStatus, number>>;

export interface FileScore {
  n: number;
  correct: number;
  /** correct / n, three decimals (0 for an empty file) */
  accuracy: number;
  /** lines whose key is not done but were read as done */
  false_done: number;
  /** lines with the right status whose key gives a percent the reading misses by more than 1 */
  percent_errors: number;
  /** lines whose key is done that the bot would ask about instead of storing done (convenience lost, not truth) */
  done_asked: number;
  /** expected status (rows) × read status (columns) */
  confusion: Confusion;
  misses: Miss[];
}

/** Parses a key file's JSON; throws with the line index and the problem when the shape is wrong. */
export function parseKey(json: unknown): KeyLine[] {
  const parsed = z.array(keyLineSchema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`expected [{text, status, percent}]: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

/** Percent is judged only for a report whose key gives one: within ±1 is right. */
export function percentWrong(expected: Reading, read: Reading): boolean {
  if (expected.status === 'none' || expected.percent === null) return false;
  return read.percent === null || Math.abs(read.percent - expected.percent) > 1;
}

export function emptyConfusion(): Confusion {
  const row = (): Record<ReplyStatus, number> => ({ not_started: 0, in_progress: 0, blocked: 0, done: 0, none: 0 });
  return { not_started: row(), in_progress: row(), blocked: row(), done: row(), none: row() };
}

/** Scores readings[i] against key[i]. */
export function scoreReadings(key: readonly KeyLine[], readings: readonly Reading[]): FileScore {
  if (key.length !== readings.length) {
    throw new Error(`${key.length} key lines but ${readings.length} readings`);
  }
  const confusion = emptyConfusion();
  const misses: Miss[] = [];
  let correct = 0;
  let falseDone = 0;
  let percentErrors = 0;
  let doneAsked = 0;
  key.forEach((line, i) => {
    const read = readings[i]!;
    const expected: Reading = { status: line.status, percent: line.percent };
    confusion[line.status][read.status] += 1;
    if (line.status !== 'done' && read.status === 'done') falseDone += 1;
    const asked = read.confidence !== undefined && read.confidence < REPLY_CONFIDENCE_THRESHOLD;
    if (asked && line.status === 'done' && read.status !== 'done') doneAsked += 1;
    const base = { text: line.text, expected, read: { status: read.status, percent: read.percent } };
    const withNote = line.note === undefined ? base : { ...base, note: line.note };
    if (read.status !== line.status) {
      misses.push({ ...withNote, what: 'status' });
    } else if (percentWrong(expected, read)) {
      percentErrors += 1;
      misses.push({ ...withNote, what: 'percent' });
    } else {
      correct += 1;
    }
  });
  const n = key.length;
  const accuracy = n === 0 ? 0 : Math.round((correct / n) * 1000) / 1000;
  return { n, correct, accuracy, false_done: falseDone, percent_errors: percentErrors, done_asked: doneAsked, confusion, misses };
}

const SHORT: Record<ReplyStatus, string> = {
  not_started: 'not_st',
  in_progress: 'progr',
  blocked: 'block',
  done: 'done',
  none: 'none',
};

/** The confusion matrix as a small text table: one row per expected status, one column per read status. */
export function formatConfusion(confusion: Confusion): string {
  const width = 7;
  const cell = (s: string) => s.padStart(width);
  const header = 'expected\\read'.padEnd(14) + STATUSES.map((s) => cell(SHORT[s])).join('');
  const rows = STATUSES.map((expected) => SHORT[expected].padEnd(14) + STATUSES.map((read) => cell(String(confusion[expected][read]))).join(''));
  return [header, ...rows].join('\n');
}

/** One miss on one line, for --verbose. */
export function formatMiss(miss: Miss): string {
  const show = (r: Reading) => (r.percent === null ? r.status : `${r.status} ${r.percent}`);
  const note = miss.note ? `  (${miss.note})` : '';
  return `  ✗ [${show(miss.expected)} → ${show(miss.read)}] ${miss.text}${note}`;
}

/** Every .json file under dir, recursively, in name order. */
export function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return jsonFilesUnder(path);
      return entry.isFile() && entry.name.endsWith('.json') ? [path] : [];
    });
}
