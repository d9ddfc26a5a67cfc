import type { OutboxPayload } from '../../core/ports/outbox-queue.ts';

/** Bytes inside a stored payload (an attachment's file) are kept as base64 under this key. */
const BYTES = '$bytes';

/** The payload as the text stored in OutboxMessage.payloadJson; file bytes survive as base64. */
export function writePayloadJson(payload: OutboxPayload): string {
  return JSON.stringify(payload, (_key, value: unknown) => (value instanceof Uint8Array ? { [BYTES]: Buffer.from(value).toString('base64') } : value));
}

export function readPayloadJson(text: string): OutboxPayload {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && BYTES in value && typeof (value as Record<string, unknown>)[BYTES] === 'string') {
      return new Uint8Array(Buffer.from((value as Record<string, string>)[BYTES]!, 'base64'));
    }
    return value;
  }) as OutboxPayload;
}
