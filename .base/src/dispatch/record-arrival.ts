import type { AppDeps } from '../app-deps.ts';
import type { ChatRecord } from '../core/model/records.ts';
import type { RepliedTask } from '../db/repositories/pg-arrival.ts';
import { firstDelivery } from './dedupe-event.ts';
import type { InboundEvent } from './inbound-event.ts';
import type { RecordedChat } from './record-chat.ts';

/**
 * An update's first step: null for a redelivery (dedupe-event.ts), else the chat and sender when
 * they were recorded here too, and the active steering groups and the replied-to message's task when
 * they were read here too. Where the stores can (PostgreSQL: one statement, stores.arrival) these go
 * together; a chat migration only takes its dedupe row.
 * Should the joined statement fail, the steps run apart, so a failure looks as it did before.
 */
export async function recordArrival(
  deps: Pick<AppDeps, 'stores' | 'clock' | 'logger'>,
  event: InboundEvent,
): Promise<{ recorded: RecordedChat | null; steering?: ChatRecord[]; repliedTask?: RepliedTask } | null> {
  const arrival = deps.stores.arrival;
  if (arrival && !(event.kind === 'membership' && event.change === 'chat_migrated')) {
    const user = event.user && !event.user.isBot ? event.user : null;
    const arrived = await arrival({
      key: `${event.platform}:${event.updateKey}`,
      at: deps.clock.now(),
      chat: { platform: event.platform, externalId: event.chat.externalId, title: event.chat.title ?? null },
      member: user ? { externalUserId: user.externalId, displayName: user.name, username: user.username ?? null } : null,
      replyToMessageId: (event.kind === 'text' || event.kind === 'file') && event.replyToMessageId !== undefined ? event.replyToMessageId : null,
    }).catch((error: unknown) => {
      deps.logger.warn({ err: error, platform: event.platform, updateKey: event.updateKey }, 'joined dedupe and chat statement failed; recording apart');
      return undefined;
    });
    if (arrived !== undefined) return arrived;
  }
  return (await firstDelivery(deps, event)) ? { recorded: null } : null;
}
