/**
 * Slot keys name one run of a job for one chat and one local day or week. They are also the base of
 * the outbox idempotency keys, so a re-run of a slot can never enqueue a second copy.
 */
export const JOB_NAMES = {
  unitDigest: 'unit-digest',
  steeringDigest: 'steering-digest',
  weeklySteeringDigest: 'steering-weekly-digest',
  deadlineNudges: 'deadline-nudges',
  recurringDuties: 'recurring-duties',
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

/**
 * The keys of the earlier messages of a slot's series (same job, chat and part; any day or week), which
 * a newer one supersedes: `unit-digest:12:` then the date, or `steering-digest:12:` … `:3` for plan 3.
 */
export function seriesKeys(slotKey: string, part?: string | number): { keyPrefix: string; keySuffix?: string } {
  const keyPrefix = slotKey.slice(0, slotKey.lastIndexOf(':') + 1);
  return part === undefined ? { keyPrefix } : { keyPrefix, keySuffix: `:${part}` };
}
