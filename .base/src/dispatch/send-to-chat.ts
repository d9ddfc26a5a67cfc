import type { AppDeps } from '../app-deps.ts';
import type { OutgoingMessage } from '../core/model/outgoing.ts';
import type { InboundEvent } from './inbound-event.ts';

/**
 * A message to another chat (the steering group, a unit's group) goes through the outbox, always:
 * the target may be on another messenger than the event, and the outbox sends with the target
 * chat's own transport, throttled and retried. Keyed by the event, so a handler that runs twice
 * for one event (it cannot: events are deduplicated) would still queue each message once.
 */
export function createSendTo(deps: Pick<AppDeps, 'outbox' | 'clock'>, event: Pick<InboundEvent, 'platform' | 'updateKey'>) {
  let sequence = 0;
  return async (chatId: number, message: OutgoingMessage): Promise<void> => {
    sequence += 1;
    await deps.outbox.enqueue({
      chatId,
      kind: 'reply',
      idempotencyKey: `sendto:${event.platform}:${event.updateKey}:${sequence}`,
      message,
      notBefore: deps.clock.now(),
    });
  };
}
