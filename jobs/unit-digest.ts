/** The morning digest in each unit group (default 07:30, working days). */
import { atLocalTime, endOfLocalDay } from '../src/core/jobs/schedule-time.ts';
import { DEFAULT_SCHEDULE, digestsEnabled, unitDigestTime } from '../src/core/jobs/chat-schedule.ts';
import { JOB_NAMES, unitDigestSlotKey } from '../src/core/jobs/slot-keys.ts';
import { buildUnitDigest } from './digest-content.ts';
import { notBeforeFor } from './enqueue-at.ts';
import type { JobDefinition } from './types.ts';
import { planUnitBatches, tasksOfUnit } from './unit-task-batch.ts';

export const unitDigestJob: JobDefinition = {
  name: JOB_NAMES.unitDigest,
  schedule: '30 7 * * 1-5 (per chat: settings.unitDigestTime; working days only)',
  async slots(deps, localDate) {
    if (!deps.calendar.isWorkingDay(localDate)) return [];
    const chats = (await deps.stores.chats.listChats({ kind: 'unit', active: true })).filter(digestsEnabled);
    planUnitBatches(deps.stores, chats.flatMap((chat) => (chat.unitId === null ? [] : [chat.unitId])));
    return chats.map((chat) => ({
      job: JOB_NAMES.unitDigest,
      key: unitDigestSlotKey(chat.id, localDate),
      chatId: chat.id,
      localDate,
      scheduledAt: atLocalTime(localDate, unitDigestTime(chat), DEFAULT_SCHEDULE.unitDigestTime),
      relevantUntil: endOfLocalDay(localDate),
    }));
  },
  async run(deps, slot) {
    const chat = slot.chatId === null ? null : await deps.stores.chats.getChat(slot.chatId);
    if (!chat || !digestsEnabled(chat)) return { enqueued: 0, detail: 'chat inactive or digests off' };
    const html = await buildUnitDigest(deps.stores, chat, slot.now, (unitId) => tasksOfUnit(deps.stores, unitId, slot.now));
    if (html === null) return { enqueued: 0, detail: 'no tasks' };
    const added = await deps.outbox.enqueue({
      chatId: chat.id,
      kind: 'digest',
      idempotencyKey: slot.key,
      message: { html },
      notBefore: notBeforeFor(deps, slot.now),
    });
    return { enqueued: added ? 1 : 0 };
  },
};
