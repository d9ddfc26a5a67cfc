const HOUR = 3_600_000;
const VIETNAM_OFFSET = 7 * HOUR;

export type ClockAction = { advanceMs: number } | { setMs: number } | { preset: 'next-morning' };

/** The next 07:30 in Asia/Ho_Chi_Minh (UTC+7, no DST) strictly after `now`. */
export function nextMorning(now: number, hour = 7, minute = 30): number {
  const local = new Date(now + VIETNAM_OFFSET);
  let target = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour, minute) - VIETNAM_OFFSET;
  if (target <= now) target += 24 * HOUR;
  return target;
}

export function resolveClockAction(now: number, action: ClockAction): number {
  if ('advanceMs' in action) return now + action.advanceMs;
  if ('setMs' in action) return action.setMs;
  return nextMorning(now);
}
