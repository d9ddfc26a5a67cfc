/** The steering group's weekly edition (default Friday at the digest time); caught up within the same week. */
import { addDays } from '../src/core/time/local-date.ts';
import { boundBy, DEFAULT_SCHEDULE, digestsEnabled, isWeeklyDigestDay, steeringDigestTime } from '../src/core/jobs/chat-schedule.ts';
import type { ChatRecord } from '../src/core/model/records.ts';
import { atLocalTime, endOfIsoWeek } from '../src/core/jobs/schedule-time.ts';
import { isoWeekKey } from '../src/core/time/local-date.ts';
import { JOB_NAMES, weeklySteeringDigestSlotKey } from '../src/core/jobs/slot-keys.ts';
import { enqueueSteeringDigests } from './enqueue-steering-digests.ts';
import type { JobDefinition } from './types.ts';

export const weeklySteeringDigestJob: JobDefinition = {
  name: JOB_NAMES.weeklySteeringDigest,
  async slots(deps, localDate) {
    const chats = await deps.stores.chats.listChats({ kind: 'steering', active: true });
    const scheduledAtOf = (chat: ChatRecord) => atLocalTime(localDate, steeringDigestTime(chat), DEFAULT_SCHEDULE.steeringDigestTime);
    const slots = chats
      .filter((chat) => digestsEnabled(chat) && isWeeklyDigestDay(chat, localDate, deps.calendar) && boundBy(chat, scheduledAtOf(chat)))
      .map((chat) => ({
        job: JOB_NAMES.weeklySteeringDigest,
        key: weeklySteeringDigestSlotKey(chat.id, isoWeekKey(localDate)),
        chatId: chat.id,
        localDate,
        scheduledAt: scheduledAtOf(chat),
        relevantUntil: endOfIsoWeek(localDate),
      }));
    return { slots };
  },
  run(deps, slot) {
    return enqueueSteeringDigests(deps, slot, {
      weekly: true,
      since: (chat) => atLocalTime(addDays(slot.localDate, -7), steeringDigestTime(chat), DEFAULT_SCHEDULE.steeringDigestTime),
    });
  },
};
