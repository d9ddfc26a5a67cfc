import { digestsEnabled } from '../src/core/jobs/chat-schedule.ts';
import type { ChatRecord } from '../src/core/model/records.ts';
import type { OutgoingMessage } from '../src/core/model/outgoing.ts';
import { produceChartAttachment } from '../src/core/usecases/produce-chart-attachment.ts';
import { messageKey, steeringDigestSeries } from '../src/core/jobs/slot-keys.ts';
import { buildSteeringDigests } from './digest-content.ts';
import { digestExpiresAt, notBeforeFor } from './enqueue-at.ts';
import { missedSteeringDigests, withMissedLine } from './missed-digests.ts';
import type { JobDeps, JobRunResult, JobSlot } from './types.ts';

/** The daily and weekly steering editions differ only in `weekly` and how far back "new" reaches. */
export async function enqueueSteeringDigests(
  deps: JobDeps,
  slot: JobSlot,
  options: { weekly: boolean; since: (chat: ChatRecord) => Date },
): Promise<JobRunResult> {
  const chat = slot.chatId === null ? null : await deps.stores.chats.getChat(slot.chatId);
  if (!chat || !digestsEnabled(chat)) return { enqueued: 0, detail: 'chat inactive or digests off' };
  const missed = await missedSteeringDigests(deps, chat, slot.localDate);
  // A missed digest's news is this one's: "new" reaches back to the last digest actually sent.
  const usual = options.since(chat);
  const since = missed && missed.lastSentAt.getTime() < usual.getTime() ? missed.lastSentAt : usual;
  const digests = await buildSteeringDigests(deps.stores, chat, slot.now, { weekly: options.weekly, since, calendar: deps.calendar });
  let enqueued = 0;
  for (const digest of digests) {
    const message: OutgoingMessage = { html: withMissedLine(digest.html, missed, chat, 'steering') };
    if (options.weekly) {
      // the weekly edition carries the units chart: progress per unit at a glance on a phone
      const chart = await produceChartAttachment(
        { ...deps.stores, renderChart: deps.renderChart },
        { planNumber: digest.planNumber, kind: 'units', now: slot.now, locale: chat.locale },
      );
      if (chart) message.attachments = [chart];
    }
    const added = await deps.outbox.enqueue({
      chatId: chat.id,
      kind: 'digest',
      idempotencyKey: messageKey(slot.key, digest.planId),
      supersedes: steeringDigestSeries(chat.id, digest.planId),
      message,
      notBefore: notBeforeFor(deps, slot.now),
      expiresAt: digestExpiresAt(slot, notBeforeFor(deps, slot.now)),
    });
    if (added) enqueued++;
  }
  return { enqueued, detail: `${digests.length} plan(s)` };
}
