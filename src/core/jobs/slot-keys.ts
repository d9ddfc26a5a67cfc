/**
 * Slot keys name one run of a job for one chat and one local day or week. They are also the base of
 * the outbox idempotency keys, so a re-run of a slot can never enqueue a second copy.
 */
import type { SupersededKeys } from '../ports/outbox.ts';

export const JOB_NAMES = {
  unitDigest: 'unit-digest',
  steeringDigest: 'steering-digest',
  weeklySteeringDigest: 'steering-weekly-digest',
  deadlineNudges: 'deadline-nudges',
  recurringDuties: 'recurring-duties',
  cardDeadlines: 'card-deadlines',
} as const;

export type JobName = (typeof JOB_NAMES)[keyof typeof JOB_NAMES];

export function unitDigestSlotKey(chatId: number, localDate: string): string {
  return `unit-digest:${chatId}:${localDate}`;
}

export function steeringDigestSlotKey(chatId: number, localDate: string): string {
  return `steering-digest:${chatId}:${localDate}`;
}

export function weeklySteeringDigestSlotKey(chatId: number, isoWeek: string): string {
  return `steering-weekly:${chatId}:${isoWeek}`;
}

/** Nudge runs are global per day: each nudge inside carries its own key from planNudges. */
export function dailyRunSlotKey(job: JobName, localDate: string): string {
  return `${job}:${localDate}`;
}

/** The outbox key of one message of a slot (a steering digest has one message per active plan). */
export function messageKey(slotKey: string, part?: string | number): string {
  return part === undefined ? slotKey : `${slotKey}:${part}`;
}

const prefixOf = (slotKey: string) => slotKey.slice(0, slotKey.lastIndexOf(':') + 1);

/** The keys of a unit group's earlier digests (any day), which a newer one supersedes: `unit-digest:12:` then the date. */
export function unitDigestSeries(chatId: number): SupersededKeys {
  return { keyPrefixes: [prefixOf(unitDigestSlotKey(chatId, ''))] };
}

/**
 * The keys of a steering group's earlier digests of one plan, daily and weekly editions together (the
 * weekly replaces the daily on its day; either one stands for the other): `steering-digest:12:` or
 * `steering-weekly:12:`, then the day or week, then `:3` for plan 3.
 */
export function steeringDigestSeries(chatId: number, planId: string | number): SupersededKeys {
  return { keyPrefixes: [prefixOf(steeringDigestSlotKey(chatId, '')), prefixOf(weeklySteeringDigestSlotKey(chatId, ''))], keySuffix: `:${planId}` };
}
