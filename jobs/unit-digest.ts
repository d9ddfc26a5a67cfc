/** The morning digest in each unit group (default 07:30, working days). */
import { atLocalTime, endOfLocalDay } from '../src/core/jobs/schedule-time.ts';
import { DEFAULT_SCHEDULE, digestsEnabled, unitDigestTime } from '../src/core/jobs/chat-schedule.ts';
import { JOB_NAMES, unitDigestSlotKey } from '../src/core/jobs/slot-keys.ts';
import { buildUnitDigest } from './digest-content.ts';
import { notBeforeFor } from './enqueue-at.ts';
import type { ChatRecord } from '../src/core/model/records.ts';
import type { JobDefinition, JobDeps } from './types.ts';
import { planUnitTaskBatch, tasksOfUnit, type UnitTaskBatch } from './unit-task-batch.ts';

/**
 * What slots() read for the tick, handed to run(): the chats it listed (at 10,000 groups a getChat per
 * digest was a quarter of the morning's statements), each handed out once, and the unit task batch.
 */
interface UnitDigestBatch {
  chats: Map<number, ChatRecord>;
  tasks: UnitTaskBatch;
}

async function chatOfSlot(deps: JobDeps, chatId: number, batch: UnitDigestBatch | undefined): Promise<ChatRecord | null> {
  const chat = batch?.chats.get(chatId);
  if (chat) {
    batch!.chats.delete(chatId);
    return chat;
  }
  return deps.stores.chats.getChat(chatId);
}

export const unitDigestJob: JobDefinition<UnitDigestBatch> = {
  name: JOB_NAMES.unitDigest,
  async slots(deps, localDate) {
    if (!deps.calendar.isWorkingDay(localDate)) return { slots: [] };
    const chats = (await deps.stores.chats.listChats({ kind: 'unit', active: true })).filter(digestsEnabled);
    const batch: UnitDigestBatch = {
      chats: new Map(chats.map((chat) => [chat.id, chat])),
      tasks: planUnitTaskBatch(chats.flatMap((chat) => (chat.unitId === null ? [] : [chat.unitId]))),
    };
    const slots = chats.map((chat) => ({
      job: JOB_NAMES.unitDigest,
      key: unitDigestSlotKey(chat.id, localDate),
      chatId: chat.id,
      localDate,
      scheduledAt: atLocalTime(localDate, unitDigestTime(chat), DEFAULT_SCHEDULE.unitDigestTime),
      relevantUntil: endOfLocalDay(localDate),
    }));
    return { slots, batch };
  },
  async run(deps, slot, batch) {
    const chat = slot.chatId === null ? null : await chatOfSlot(deps, slot.chatId, batch);
    if (!chat || !digestsEnabled(chat)) return { enqueued: 0, detail: 'chat inactive or digests off' };
    const html = await buildUnitDigest(deps.stores, chat, slot.now, (unitId) => tasksOfUnit(deps.stores, unitId, batch?.tasks), deps.calendar);
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
