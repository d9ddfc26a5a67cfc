/** The morning digest in each unit group (default 07:30, working days); a missed one is folded into the next. */
import { atLocalTime, digestRelevantUntil } from '../src/core/jobs/schedule-time.ts';
import { DEFAULT_SCHEDULE, digestsEnabled, unitDigestTime } from '../src/core/jobs/chat-schedule.ts';
import { JOB_NAMES, unitDigestSlotKey } from '../src/core/jobs/slot-keys.ts';
import { buildUnitDigest } from './digest-content.ts';
import { notBeforeFor } from './enqueue-at.ts';
import { missedUnitDigests, quietStart, withMissedLine } from './missed-digests.ts';
import type { ChatRecord } from '../src/core/model/records.ts';
import type { JobDefinition, JobDeps } from './types.ts';
import { planUnitBatches, tasksOfUnit } from './unit-task-batch.ts';

/**
 * The chats slots() just listed, handed to run() once each: at 10,000 groups a getChat per digest was
 * a quarter of the morning's statements. A missing entry (another tick, a retry) reads the chat again.
 */
const listedChats = new WeakMap<object, Map<number, ChatRecord>>();

async function chatOfSlot(deps: JobDeps, chatId: number): Promise<ChatRecord | null> {
  const listed = listedChats.get(deps.stores.chats);
  const chat = listed?.get(chatId);
  if (chat) {
    listed!.delete(chatId);
    return chat;
  }
  return deps.stores.chats.getChat(chatId);
}

export const unitDigestJob: JobDefinition = {
  name: JOB_NAMES.unitDigest,
  schedule: '30 7 * * 1-5 (per chat: settings.unitDigestTime; working days only)',
  async slots(deps, localDate) {
    if (!deps.calendar.isWorkingDay(localDate)) return [];
    const chats = (await deps.stores.chats.listChats({ kind: 'unit', active: true })).filter(digestsEnabled);
    planUnitBatches(deps.stores, chats.flatMap((chat) => (chat.unitId === null ? [] : [chat.unitId])));
    listedChats.set(deps.stores.chats, new Map(chats.map((chat) => [chat.id, chat])));
    const quiet = quietStart(deps.quietHours);
    return chats.map((chat) => {
      const scheduledAt = atLocalTime(localDate, unitDigestTime(chat), DEFAULT_SCHEDULE.unitDigestTime);
      return {
        job: JOB_NAMES.unitDigest,
        key: unitDigestSlotKey(chat.id, localDate),
        chatId: chat.id,
        localDate,
        scheduledAt,
        relevantUntil: digestRelevantUntil(localDate, scheduledAt, quiet),
      };
    });
  },
  async run(deps, slot) {
    const chat = slot.chatId === null ? null : await chatOfSlot(deps, slot.chatId);
    if (!chat || !digestsEnabled(chat)) return { enqueued: 0, detail: 'chat inactive or digests off' };
    const digest = await buildUnitDigest(deps.stores, chat, slot.now, (unitId) => tasksOfUnit(deps.stores, unitId, slot.now));
    if (digest === null) return { enqueued: 0, detail: 'no tasks' };
    const html = withMissedLine(digest, await missedUnitDigests(deps, chat, slot.localDate), chat, 'unit');
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
