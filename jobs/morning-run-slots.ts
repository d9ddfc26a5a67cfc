import { DEFAULT_SCHEDULE } from '../src/core/jobs/chat-schedule.ts';
import { atLocalTime, endOfLocalDay } from '../src/core/jobs/schedule-time.ts';
import { dailyRunSlotKey, type JobName } from '../src/core/jobs/slot-keys.ts';
import type { JobDeps, PlannedSlot } from './types.ts';

/** One run for all chats each working morning at the nudge time (deadline nudges, recurring duties). */
export function morningRunSlots(job: JobName, deps: JobDeps, localDate: string): PlannedSlot[] {
  if (!deps.calendar.isWorkingDay(localDate)) return [];
  return [
    {
      job,
      key: dailyRunSlotKey(job, localDate),
      chatId: null,
      localDate,
      scheduledAt: atLocalTime(localDate, DEFAULT_SCHEDULE.nudgeTime, DEFAULT_SCHEDULE.nudgeTime),
      relevantUntil: endOfLocalDay(localDate),
    },
  ];
}
