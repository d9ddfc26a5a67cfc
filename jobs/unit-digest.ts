/** The morning digest in each unit group (default 07:30, working days); a missed one is folded into the next. */
import { boundBy, DEFAULT_SCHEDULE, digestsEnabled, unitDigestTime } from '../src/core/jobs/chat-schedule.ts';
import { atLocalTime, digestRelevantUntil } from '../src/core/jobs/schedule-time.ts';
import { JOB_NAMES, unitDigestSeries, unitDigestSlotKey } from '../src/core/jobs/slot-keys.ts';
import type { ChatRecord } from '../src/core/model/records.ts';
import { previousWorkingDay } from '../src/core/time/work-calendar.ts';
import { buildUnitDigest } from './digest-content.ts';
import { digestExpiresAt, notBeforeFor } from './enqueue-at.ts';
import { type MissedDigests, missedUnitDigests, quietStart, withMissedLine } from './missed-digests.ts';
import type { JobDefinition, JobDeps } from './types.ts';
import { planUnitTaskBatch, tasksOfUnit, type UnitTaskBatch } from './unit-task-batch.ts';

/**
 * What slots() read for the tick, handed to run(): the chats it listed (at 10,000 groups a getChat per
 * digest was a quarter of the morning's statements), each handed out once, and the unit task batch.
 * Which of the listed chats missed their previous digest is asked once for the whole listing, so only
 * those few look further back (see missed-digests.ts).
 */
interface UnitDigestBatch {
  localDate: string;
  chats: Map<number, ChatRecord>;
  listed: ReadonlySet<number>;
  tasks: UnitTaskBatch;
  previousMissed?: Promise<Set<number>>;
}

async function chatOfSlot(deps: JobDeps, chatId: number, batch: UnitDigestBatch | undefined): Promise<ChatRecord | null> {
  const chat = batch?.chats.get(chatId);
  if (chat) {
    batch!.chats.delete(chatId);
    return chat;
  }
  return deps.stores.chats.getChat(chatId);
}

/** The chats whose unit digest of the previous working day was recorded as missed. */
async function previousMissed(deps: JobDeps, chatIds: Iterable<number>, localDate: string): Promise<Set<number>> {
  const previous = previousWorkingDay(localDate, deps.calendar);
  const keys = [...chatIds].map((id) => unitDigestSlotKey(id, previous));
  const rows = await deps.stores.slots.slotsWithStatus(JOB_NAMES.unitDigest, keys, 'skipped');
  return new Set(rows.map((row) => Number(row.slotKey.split(':')[1])));
}

async function missedBefore(deps: JobDeps, chat: ChatRecord, localDate: string, batch: UnitDigestBatch | undefined): Promise<MissedDigests | null> {
  if (batch && batch.localDate === localDate && batch.listed.has(chat.id)) {
    batch.previousMissed ??= previousMissed(deps, batch.listed, localDate);
    if (!(await batch.previousMissed).has(chat.id)) return null;
  }
  return missedUnitDigests(deps, chat, localDate);
}

export const unitDigestJob: JobDefinition<UnitDigestBatch> = {
  name: JOB_NAMES.unitDigest,
  async slots(deps, localDate) {
    if (!deps.calendar.isWorkingDay(localDate)) return { slots: [] };
    const scheduledAtOf = (chat: ChatRecord) => atLocalTime(localDate, unitDigestTime(chat), DEFAULT_SCHEDULE.unitDigestTime);
    const chats = (await deps.stores.chats.listChats({ kind: 'unit', active: true })).filter(
      (chat) => digestsEnabled(chat) && boundBy(chat, scheduledAtOf(chat)),
    );
    const batch: UnitDigestBatch = {
      localDate,
      chats: new Map(chats.map((chat) => [chat.id, chat])),
      listed: new Set(chats.map((chat) => chat.id)),
      tasks: planUnitTaskBatch(chats.flatMap((chat) => (chat.unitId === null ? [] : [chat.unitId]))),
    };
    const quiet = quietStart(deps.quietHours);
    const slots = chats.map((chat) => {
      const scheduledAt = scheduledAtOf(chat);
      return {
        job: JOB_NAMES.unitDigest,
        key: unitDigestSlotKey(chat.id, localDate),
        chatId: chat.id,
        localDate,
        scheduledAt,
        relevantUntil: digestRelevantUntil(localDate, scheduledAt, quiet),
      };
    });
    return { slots, batch };
  },
  async run(deps, slot, batch) {
    const chat = slot.chatId === null ? null : await chatOfSlot(deps, slot.chatId, batch);
    if (!chat || !digestsEnabled(chat)) return { enqueued: 0, detail: 'chat inactive or digests off' };
    const digest = await buildUnitDigest(deps.stores, chat, slot.now, (unitId) => tasksOfUnit(deps.stores, unitId, batch?.tasks), deps.calendar);
    if (digest === null) return { enqueued: 0, detail: 'no tasks' };
    const html = withMissedLine(digest, await missedBefore(deps, chat, slot.localDate, batch), chat, 'unit');
    const notBefore = notBeforeFor(deps, slot.now);
    const added = await deps.outbox.enqueue({
      chatId: chat.id,
      kind: 'digest',
      idempotencyKey: slot.key,
      supersedes: unitDigestSeries(chat.id),
      message: { html },
      notBefore,
      expiresAt: digestExpiresAt(slot, notBefore),
    });
    return { enqueued: added ? 1 : 0 };
  },
};
