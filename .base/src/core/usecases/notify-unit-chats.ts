import type { Locale } from '../model/records.ts';
import type { OutgoingMessage } from '../model/outgoing.ts';
import { unitChats } from './chats-of.ts';
import type { WorkflowPorts } from './ports.ts';

/** Queues a notice to every bound group of the units, each in its own language; returns how many groups it reached. */
export async function notifyUnitChats(
  ports: WorkflowPorts,
  input: { unitIds: number[]; taskId: number; key: string; now: Date; compose: (locale: Locale, unitId: number) => OutgoingMessage },
): Promise<number> {
  let reached = 0;
  for (const unitId of new Set(input.unitIds)) {
    for (const chat of await unitChats(ports, unitId)) {
      await ports.outbox.enqueue({
        chatId: chat.id,
        kind: 'notice',
        idempotencyKey: `${input.key}:${chat.id}`,
        message: input.compose(chat.locale, unitId),
        notBefore: input.now,
      });
      reached++;
    }
  }
  return reached;
}
