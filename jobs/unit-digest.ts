/** The morning digest in each unit group (default 07:30, working days); a missed one is folded into the next. */
import { previousWorkingDay } from '../src/core/calendar/work-calendar.ts';
import { atLocalTime, digestRelevantUntil } from '../src/core/jobs/schedule-time.ts';
import { DEFAULT_SCHEDULE, digestsEnabled, unitDigestTime } from '../src/core/jobs/chat-schedule.ts';
import { JOB_NAMES, unitDigestSlotKey } from '../src/core/jobs/slot-keys.ts';
import { buildUnitDigest } from './digest-content.ts';
import { notBeforeFor } from './enqueue-at.ts';
import { type MissedDigests, missedUnitDigests, quietStart, withMissedLine } from './missed-digests.ts';
import type { ChatRecord } from '../src/core/model/records.ts';
import type { JobDefinition, JobDeps } from './types.ts';
import { planUnitBatches, tasksOfUnit } from './unit-task-batch.ts';

/**
 * The chats slots() just listed, handed to run() once each: at 10,000 groups a getChat per digest was
 * a quarter of the morning's statements. A missing entry (another tick, a retry) reads the chat again.
 * Likewise which of them missed their previous digest is asked once for the whole listing, so only
 * those few look further back (see missed-digests.ts).
 */
interface Listing {
  localDate: string;
  chats: Map<number, ChatRecord>;
  listed: ReadonlySet<number>;
  previousMissed?: Promise<Set<number>>;
}
const listings = new WeakMap<object, Listing>();

async function chatOfSlot(deps: JobDeps, chatId: number): Promise<ChatRecord | null> {
  const listed = listings.get(deps.stores.chats)?.chats;
  const chat = listed?.get(chatId);
  if (chat) {
    listed!.delete(chatId);
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

async function missedBefore(deps: JobDeps, chat: ChatRecord, localDate: string): Promise<MissedDigests | null> {
  const listing = listings.get(deps.stores.chats);
  if (listing && listing.localDate === localDate && listing.listed.has(chat.id)) {
    listing.previousMissed ??= previousMissed(deps, listing.listed, localDate);
    if (!(await listing.previousMissed).has(chat.id)) return null;
  }
  return missedUnitDigests(deps, chat, localDate);
}

export const unitDigestJob: JobDefinition = {
  name: JOB_NAMES.unitDigest,
  schedule: '30 7 * * 1-5 (per chat: settings.unitDigestTime; working days only)',
  async slots(deps, localDate) {
    if (!deps.calendar.isWorkingDay(localDate)) return [];
    const chats = (await deps.stores.chats.listChats({ kind: 'unit', active: true })).filter(digestsEnabled);
    planUnitBatches(deps.stores, chats.flatMap((chat) => (chat.unitId === null ? [] : [chat.unitId])));
    listings.set(deps.stores.chats, { localDate, chats: new Map(chats.map((chat) => [chat.id, chat])), listed: new Set(chats.map((chat) => chat.id)) });
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
    const digest = await buildUnitDigest(deps.stores, chat, slot.now, (unitId) => tasksOfUnit(deps.stores, unitId, slot.now), deps.calendar);
    if (digest === null) return { enqueued: 0, detail: 'no tasks' };
    const html = withMissedLine(digest, await missedBefore(deps, chat, slot.localDate), chat, 'unit');
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
