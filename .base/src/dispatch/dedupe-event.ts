import type { AppDeps } from '../app-deps.ts';
import type { InboundEvent } from './inbound-event.ts';

/**
 * Messengers redeliver updates (a restart before the offset was confirmed, webhook retries): an event
 * runs once. The ProcessedUpdate row is keyed by platform and the messenger's own update key, so two
 * messengers' keys never collide.
 */
export function firstDelivery(deps: Pick<AppDeps, 'stores' | 'clock'>, event: Pick<InboundEvent, 'platform' | 'updateKey'>): Promise<boolean> {
  return deps.stores.updates.markProcessed(`${event.platform}:${event.updateKey}`, deps.clock.now());
}
