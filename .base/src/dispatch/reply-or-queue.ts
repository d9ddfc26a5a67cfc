import type { SentMessage } from '../../commands/types.ts';
import type { AppDeps } from '../app-deps.ts';
import type { OutgoingMessage } from '../core/model/outgoing.ts';
import { scrubSecrets } from '../logger.ts';
import type { ChannelSession } from './channel-session.ts';
import type { InboundEvent } from './inbound-event.ts';

/**
 * The handler's direct answer in the event's chat. When the messenger does not take it (a network
 * error, a 5xx, a 429 where nothing retries it), the answer is queued in the outbox, which retries
 * it with backoff and keeps to the limits: the update is already marked processed and its changes
 * are stored, so a redelivery would not answer again and the answer would otherwise be lost. Its
 * key is the event's, so it is queued once. A send that reached the messenger before the error
 * (a timeout after acceptance) may then arrive twice, the outbox's own window.
 */
export function createReplyOrQueue(
  deps: Pick<AppDeps, 'outbox' | 'clock' | 'logger'>,
  event: Pick<InboundEvent, 'platform' | 'updateKey' | 'messageId'>,
  session: Pick<ChannelSession, 'reply'>,
  chatId: number,
) {
  let sequence = 0;
  return async (message: OutgoingMessage): Promise<SentMessage[]> => {
    sequence += 1;
    try {
      return await session.reply(message, event.messageId);
    } catch (error) {
      const replyTo = message.replyToMessageId ?? event.messageId;
      await deps.outbox.enqueue({
        chatId,
        kind: 'reply',
        idempotencyKey: `reply:${event.platform}:${event.updateKey}:${sequence}`,
        message: replyTo !== undefined ? { ...message, replyToMessageId: replyTo } : message,
        notBefore: deps.clock.now(),
      });
      const err = scrubSecrets(error instanceof Error ? error.message : String(error));
      deps.logger.warn({ platform: event.platform, updateKey: event.updateKey, chatId, err }, 'direct answer failed: queued in the outbox');
      return [];
    }
  };
}
