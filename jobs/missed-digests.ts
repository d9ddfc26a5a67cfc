/**
 * Digests a chat missed (the process was down, or the clock jumped past their slot, until it was too
 * late to send them) are folded into the chat's next digest: it says which ones, and a steering
 * digest reaches back to the last one actually sent, so nothing raised meanwhile goes unreported.
 */
import type { QuietHours } from '../src/core/time/quiet-hours.ts';
import { weeklyDigestDate } from '../src/core/jobs/chat-schedule.ts';
import { DEFAULT_SCHEDULE, steeringDigestTime, unitDigestTime } from '../src/core/jobs/chat-schedule.ts';
import { atLocalTime, isoWeekMonday } from '../src/core/jobs/schedule-time.ts';
import { isoWeekKey } from '../src/core/time/local-date.ts';
import { JOB_NAMES, steeringDigestSlotKey, unitDigestSlotKey, weeklySteeringDigestSlotKey } from '../src/core/jobs/slot-keys.ts';
import { t } from '../src/core/i18n/translate.ts';
import type { ChatRecord } from '../src/core/model/records.ts';
import type { SlotRecord } from '../src/core/ports/system-store.ts';
import type { JobDeps } from './types.ts';

/** How many earlier slots are looked at: a month of working days. */
const LOOK_BACK = 25;

export interface MissedDigests {
  /** local dates of the missed digests the scheduler recorded, oldest first */
  dates: string[];
  /** the local date of the last digest that was sent (every one due after it was missed) */
  lastSentDate: string;
  /** when that digest was due */
  lastSentAt: Date;
}

/** The local start of quiet hours, or null when there are none. */
export function quietStart(quietHours: QuietHours): string | null {
  return quietHours.start === quietHours.end ? null : quietHours.start;
}

interface DatedSlot {
  date: string;
  status: SlotRecord['status'];
}

const dateOfKey = (key: string) => key.slice(key.lastIndexOf(':') + 1);

/** Skipped slots since the last one that ran; none when no earlier one ran (a chat new to digests). */
function foldFrom(slots: DatedSlot[], dueAt: (date: string) => Date): MissedDigests | null {
  const dates: string[] = [];
  for (const slot of slots.sort((a, b) => (a.date < b.date ? 1 : -1))) {
    if (slot.status === 'skipped') {
      dates.unshift(slot.date);
      continue;
    }
    return dates.length > 0 ? { dates, lastSentDate: slot.date, lastSentAt: dueAt(slot.date) } : null;
  }
  return null;
}

export async function missedUnitDigests(deps: JobDeps, chat: ChatRecord, localDate: string): Promise<MissedDigests | null> {
  const key = unitDigestSlotKey(chat.id, localDate);
  const rows = await deps.stores.slots.recentSlots(JOB_NAMES.unitDigest, key.slice(0, key.lastIndexOf(':') + 1), key, LOOK_BACK);
  const slots = rows.map((row) => ({ date: dateOfKey(row.slotKey), status: row.status }));
  return foldFrom(slots, (date) => atLocalTime(date, unitDigestTime(chat), DEFAULT_SCHEDULE.unitDigestTime));
}

/** Daily and weekly editions together: either one missed is folded into whichever comes next. */
export async function missedSteeringDigests(deps: JobDeps, chat: ChatRecord, localDate: string): Promise<MissedDigests | null> {
  const daily = steeringDigestSlotKey(chat.id, localDate);
  const weekly = weeklySteeringDigestSlotKey(chat.id, isoWeekKey(localDate));
  const [dailyRows, weeklyRows] = await Promise.all([
    deps.stores.slots.recentSlots(JOB_NAMES.steeringDigest, daily.slice(0, daily.lastIndexOf(':') + 1), daily, LOOK_BACK),
    // The current week's edition may be earlier in the week than localDate: all are read, then filtered by date.
    deps.stores.slots.recentSlots(JOB_NAMES.weeklySteeringDigest, weekly.slice(0, weekly.lastIndexOf(':') + 1), null, 6),
  ]);
  const weeklyDay = chat.settings.weeklyDigestDay ?? DEFAULT_SCHEDULE.weeklyDigestDay;
  const slots: DatedSlot[] = dailyRows.map((row) => ({ date: dateOfKey(row.slotKey), status: row.status }));
  for (const row of weeklyRows) {
    const monday = isoWeekMonday(dateOfKey(row.slotKey));
    const date = monday === null ? null : weeklyDigestDate(monday, weeklyDay, deps.calendar);
    if (date !== null && date < localDate) slots.push({ date, status: row.status });
  }
  return foldFrom(slots, (date) => atLocalTime(date, steeringDigestTime(chat), DEFAULT_SCHEDULE.steeringDigestTime));
}

/**
 * The digest with a line under its heading saying it stands for the missed ones: named by the last
 * one sent, which is exact even when a long outage left days the scheduler never recorded.
 */
export function withMissedLine(html: string, missed: MissedDigests | null, chat: ChatRecord, kind: 'unit' | 'steering'): string {
  if (!missed) return html;
  const last = missed.lastSentDate.split('-').reverse().join('/');
  const line = t(chat.locale, kind === 'unit' ? 'digest.missed_unit' : 'digest.missed_steering', { last });
  const [heading = '', ...rest] = html.split('\n');
  return [heading, line, ...rest].join('\n');
}
