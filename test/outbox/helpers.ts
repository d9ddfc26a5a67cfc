import { TELEGRAM_CAPABILITIES } from '../../src/channels/telegram/telegram-capabilities.ts';
import type { OutgoingMessage } from '../../src/core/model/outgoing.ts';
import type { EnqueueInput } from '../../src/core/ports/outbox.ts';
import type { ManualClock } from '../../src/core/time/clock.ts';
import type { PrismaDb } from '../../src/db/open-database.ts';
import type { OutboxQueue } from '../../src/core/ports/outbox-queue.ts';
import type { OutboxLogger, OutboxSender } from '../../src/outbox/outbox-sender.ts';
import { type MessagePart, type Transport, TransportError, type TransportFailure } from '../../src/outbox/transport.ts';

/** 10:00 in Hà Nội, outside quiet hours. */
export const MORNING = new Date('2026-11-26T03:00:00Z');

export interface SentRecord {
  chat: string;
  message: OutgoingMessage;
  part: MessagePart;
  at: number;
  messageId: string;
}

/** Records every send at the fake clock's time; failures can be scripted per chat. */
export class FakeTransport implements Transport {
  readonly capabilities = TELEGRAM_CAPABILITIES;
  readonly sent: SentRecord[] = [];
  private readonly failures = new Map<string, TransportFailure[]>();
  private nextId = 1000;
  /** called before each send; throwing from it simulates a crash at that point */
  beforeSend?: (chat: string, part: MessagePart) => void;
  afterSend?: (record: SentRecord) => void;

  constructor(private readonly clock: ManualClock) {}

  failNext(chat: string, ...failures: TransportFailure[]): void {
    this.failures.set(chat, [...(this.failures.get(chat) ?? []), ...failures]);
  }

  async send(chat: string, message: OutgoingMessage, part: MessagePart): Promise<{ messageId: string }> {
    this.beforeSend?.(chat, part);
    const failure = this.failures.get(chat)?.shift();
    if (failure) throw new TransportError(failure);
    const record = { chat, message, part, at: this.clock.now().getTime(), messageId: String(this.nextId++) };
    this.sent.push(record);
    this.afterSend?.(record);
    return { messageId: record.messageId };
  }

  to(chat: string): SentRecord[] {
    return this.sent.filter((record) => record.chat === chat);
  }

  readonly edited: { chat: string; messageId: string; message: OutgoingMessage; at: number }[] = [];

  async edit(chat: string, messageId: string, message: OutgoingMessage): Promise<void> {
    const failure = this.failures.get(chat)?.shift();
    if (failure) throw new TransportError(failure);
    this.edited.push({ chat, messageId, message, at: this.clock.now().getTime() });
  }
}

export interface LogLine {
  level: string;
  obj: object;
  msg: string;
}

export function captureLogger(): OutboxLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: string) => (obj: object, msg: string) => lines.push({ level, obj, msg });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

export const sleepOn = (clock: ManualClock) => async (ms: number) => clock.advance(ms);

/** Runs rounds until nothing is left, jumping the fake clock to the next due row when idle. */
export async function drain(sender: OutboxSender, queue: OutboxQueue, clock: ManualClock, maxRounds = 2_000) {
  for (let round = 0; round < maxRounds; round++) {
    const result = await sender.runOnce();
    if (result.claimed > 0) continue;
    const next = await queue.nextDueAt();
    if (!next) return;
    if (next.getTime() > clock.now().getTime()) clock.set(next);
  }
  throw new Error('outbox did not drain');
}

export async function resetOutbox(prisma: PrismaDb): Promise<void> {
  await prisma.taskMessage.deleteMany();
  await prisma.outboxMessage.deleteMany();
  await prisma.chat.deleteMany();
}

export async function createChats(prisma: PrismaDb, count: number): Promise<{ id: number; externalId: string }[]> {
  const chats = [];
  for (let i = 0; i < count; i++) {
    chats.push(await prisma.chat.create({ data: { externalId: `-100${5000 + i}`, kind: 'unit', title: `Nhóm ${i}` } }));
  }
  return chats.map((chat) => ({ id: chat.id, externalId: chat.externalId }));
}

export function message(chatId: number, key: string, html: string, extra: Partial<EnqueueInput> = {}): EnqueueInput {
  return { chatId, kind: 'notice', idempotencyKey: key, message: { html }, notBefore: MORNING, ...extra };
}
