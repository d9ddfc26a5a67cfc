/** The steering group's daily digest (default 16:30, working days; the weekly edition replaces it on its day). */
import { previousWorkingDay } from '../src/core/time/work-calendar.ts';
import { DEFAULT_SCHEDULE, digestsEnabled, isWeeklyDigestDay, steeringDigestTime } from '../src/core/jobs/chat-schedule.ts';
import { atLocalTime, endOfLocalDay } from '../src/core/jobs/schedule-time.ts';
import { JOB_NAMES, steeringDigestSlotKey } from '../src/core/jobs/slot-keys.ts';
import { enqueueSteeringDigests } from './enqueue-steering-digests.ts';
import type { JobDefinition } from './types.ts';

export const steeringDigestJob: JobDefinition = {
  name: JOB_NAMES.steeringDigest,
  async slots(deps, localDate) {
    if (!deps.calendar.isWorkingDay(localDate)) return { slots: [] };
    const chats = await deps.stores.chats.listChats({ kind: 'steering', active: true });
    const slots = chats
      .filter((chat) => digestsEnabled(chat) && !isWeeklyDigestDay(chat, localDate, deps.calendar))
      .map((chat) => ({
        job: JOB_NAMES.steeringDigest,
        key: steeringDigestSlotKey(chat.id, localDate),
        chatId: chat.id,
        localDate,
        scheduledAt: atLocalTime(localDate, steeringDigestTime(chat), DEFAULT_SCHEDULE.steeringDigestTime),
        relevantUntil: endOfLocalDay(localDate),
      }));
    return { slots };
  },
  run(deps, slot) {
    const previousDay = previousWorkingDay(slot.localDate, deps.calendar);
    return enqueueSteeringDigests(deps, slot, {
      weekly: false,
      since: (chat) => atLocalTime(previousDay, steeringDigestTime(chat), DEFAULT_SCHEDULE.steeringDigestTime),
    });
  },
};
