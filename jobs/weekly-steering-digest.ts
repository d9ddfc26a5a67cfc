/** The steering group's weekly edition (default Friday at the digest time); caught up within the same week. */
import { addDays } from '../src/core/calendar/local-date.ts';
import { DEFAULT_SCHEDULE, digestsEnabled, isWeeklyDigestDay, steeringDigestTime } from '../src/core/jobs/chat-schedule.ts';
import { atLocalTime, endOfIsoWeek, isoWeekKey } from '../src/core/jobs/schedule-time.ts';
import { JOB_NAMES, messageKey, weeklySteeringDigestSlotKey } from '../src/core/jobs/slot-keys.ts';
import { buildSteeringDigests } from './digest-content.ts';
import { notBeforeFor } from './enqueue-at.ts';
import type { JobDefinition } from './types.ts';

export const weeklySteeringDigestJob: JobDefinition = {
  name: JOB_NAMES.weeklySteeringDigest,
  schedule: '30 16 * * 5 (per chat: settings.weeklyDigestDay and steeringDigestTime; last working day on or before it)',
  async slots(deps, localDate) {
    const chats = await deps.stores.chats.listChats({ kind: 'steering', active: true });
    return chats
      .filter((chat) => digestsEnabled(chat) && isWeeklyDigestDay(chat, localDate, deps.calendar))
      .map((chat) => ({
        job: JOB_NAMES.weeklySteeringDigest,
        key: weeklySteeringDigestSlotKey(chat.id, isoWeekKey(localDate)),
        chatId: chat.id,
        localDate,
        scheduledAt: atLocalTime(localDate, steeringDigestTime(chat), DEFAULT_SCHEDULE.steeringDigestTime),
        relevantUntil: endOfIsoWeek(localDate),
      }));
  },
  async run(deps, slot) {
    const chat = slot.chatId === null ? null : await deps.stores.chats.getChat(slot.chatId);
    if (!chat || !digestsEnabled(chat)) return { enqueued: 0, detail: 'chat inactive or digests off' };
    const since = atLocalTime(addDays(slot.localDate, -7), steeringDigestTime(chat), DEFAULT_SCHEDULE.steeringDigestTime);
    const digests = await buildSteeringDigests(deps.stores, chat, slot.now, { weekly: true, since });
    let enqueued = 0;
    for (const digest of digests) {
      const added = await deps.outbox.enqueue({
        chatId: chat.id,
        kind: 'digest',
        idempotencyKey: messageKey(slot.key, digest.planId),
        message: { html: digest.html },
        notBefore: notBeforeFor(deps, slot.now),
      });
      if (added) enqueued++;
    }
    return { enqueued, detail: `${digests.length} plan(s)` };
  },
};
