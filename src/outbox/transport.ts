import type { ChannelCapabilities } from '../core/model/channel-capabilities.ts';
import type { OutgoingMessage } from '../core/model/outgoing.ts';

/** Why a send failed, in the terms the sender acts on. */
export type TransportFailure =
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'forbidden'; description?: string }
  | { kind: 'bad_request'; description: string }
  | { kind: 'network'; description?: string }
  | { kind: 'server'; description?: string };

export class TransportError extends Error {
  readonly failure: TransportFailure;
  constructor(failure: TransportFailure) {
    super(describeFailure(failure));
    this.name = 'TransportError';
    this.failure = failure;
  }
}

export function describeFailure(failure: TransportFailure): string {
  switch (failure.kind) {
    case 'rate_limited':
      return `rate limited, retry after ${failure.retryAfterSeconds}s`;
    case 'bad_request':
      return `bad request: ${failure.description}`;
    default:
      return failure.description ? `${failure.kind}: ${failure.description}` : failure.kind;
  }
}

/**
 * The message an edit aims at is gone for good: a member deleted it, or the messenger will not edit it
 * any more. Retrying can never succeed (outbox-sender.ts: the card is replaced once, then left alone).
 */
export function isMessageGone(failure: TransportFailure): boolean {
  return failure.kind === 'bad_request' && /message to edit not found|message can't be edited|MESSAGE_ID_INVALID/i.test(failure.description);
}

export interface MessagePart {
  index: number;
  total: number;
}

/**
 * Sends one message (one part of a split text, or one file) to a chat. `message.html` is already
 * within `capabilities.textLimit`; reply and buttons are already placed on the right part by the
 * sender; a part with an attachment carries exactly one.
 * Throws TransportError; anything else is treated as a network failure.
 */
export interface Transport {
  /** what the messenger behind this transport can do: the sender splits and degrades by it */
  capabilities: ChannelCapabilities;
  send(chatExternalId: string, message: OutgoingMessage, part: MessagePart): Promise<{ messageId: string }>;
  /**
   * Replaces the text and buttons of a message sent earlier (no buttons in `message` removes them).
   * A messenger that cannot edit leaves this out; the sender then sends the new text as a new message.
   */
  edit?(chatExternalId: string, messageId: string, message: OutgoingMessage): Promise<void>;
}
