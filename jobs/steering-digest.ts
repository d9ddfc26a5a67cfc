/**
 * The steering group's daily digest (default 16:30, working days; the weekly edition replaces it on its
 * day). Missed, it is sent late the same day before quiet hours, else folded into the next one.
 */
import { previousWorkingDay } from '../src/core/time/work-calendar.ts';
import { boundBy, DEFAULT_SCHEDULE, digestsEnabled, isWeeklyDigestDay, steeringDigestTime } from '../src/core/jobs/chat-schedule.ts';
import type { ChatRecord } from '../src/core/model/records.ts';
import { atLocalTime, digestRelevantUntil } from '../src/core/jobs/schedule-time.ts';
import { JOB_NAMES, steeringDigestSlotKey } from '../src/core/jobs/slot-keys.ts';
import { enqueueSteeringDigests } from './enqueue-steering-digests.ts';
import { quietStart } from './missed-digests.ts';
import type { JobDefinition } from './types.ts';

export const steeringDigestJob: JobDefinition = {
  name: JOB_NAMES.steeringDigest,
  async slots(deps, localDate) {
    if (!deps.calendar.isWorkingDay(localDate)) return { slots: [] };
    const chats = await deps.stores.chats.listChats({ kind: 'steering', active: true });
    const scheduledAtOf = (chat: ChatRecord) => atLocalTime(localDate, steeringDigestTime(chat), DEFAULT_SCHEDULE.steeringDigestTime);
    const slots = chats
      .filter((chat) => digestsEnabled(chat) && !isWeeklyDigestDay(chat, localDate, deps.calendar) && boundBy(chat, scheduledAtOf(chat)))
      .map((chat) => {
        const scheduledAt = scheduledAtOf(chat);
        return {
          job: JOB_NAMES.steeringDigest,
          key: steeringDigestSlotKey(chat.id, localDate),
          chatId: chat.id,
          localDate,
          scheduledAt,
          relevantUntil: digestRelevantUntil(localDate, scheduledAt, quietStart(deps.quietHours)),
        };
      });
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
