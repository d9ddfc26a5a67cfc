import { randomUUID } from 'node:crypto';
import { readPayloadJson, writePayloadJson } from './outbox-payload-json.ts';
import { recordUndeliveredDigests } from './undelivered-digests.ts';
import type { EnqueueInput, Outbox, OutboxKind, SupersededKeys } from '../../core/ports/outbox.ts';
import type { ClaimedMessage, EditTarget, OutboxPayload, OutboxQueue } from '../../core/ports/outbox-queue.ts';
import type { Prisma } from '../generated/sqlite/client.ts';
import type { Database, PrismaDb } from '../open-database.ts';

const ENQUEUE_CHUNK = 500;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

function toRowData(input: EnqueueInput) {
  const payload: OutboxPayload = {
    message: input.message,
    ...(input.link ? { link: input.link } : {}),
    ...(input.urgent ? { urgent: true } : {}),
    ...(input.edits ? { edits: input.edits } : {}),
    ...(input.editOnly ? { editOnly: true } : {}),
    ...(input.card ? { card: input.card } : {}),
    ...(input.expiresAt ? { expiresAt: input.expiresAt.toISOString() } : {}),
  };
  return {
    chatId: input.chatId,
    kind: input.kind,
    idempotencyKey: input.idempotencyKey,
    payloadJson: writePayloadJson(payload),
    notBefore: input.notBefore,
    taskId: input.link?.taskId ?? null,
  };
}

/** Rows a claim may take: pending and due, or 'sending' under a lease that expired (a dead sender's). */
function claimableWhere(now: Date, leaseMs: number): Prisma.OutboxMessageWhereInput {
  return {
    OR: [
      { status: 'pending', notBefore: { lte: now } },
      { status: 'sending', claimedAt: { lt: new Date(now.getTime() - leaseMs) } },
    ],
  };
}

type ClaimedRow = Awaited<ReturnType<typeof readClaimed>>[number];

function readClaimed(prisma: PrismaDb, token: string) {
  return prisma.outboxMessage.findMany({
    where: { claimedBy: token, status: 'sending' },
    include: { chat: { select: { externalId: true, active: true, platform: true } } },
    orderBy: [{ notBefore: 'asc' }, { id: 'asc' }],
  });
}

function toClaimed(row: ClaimedRow): ClaimedMessage {
  const payload = readPayloadJson(row.payloadJson);
  // A row without a chat is a refresh of every card of a task: it sends nothing itself.
  const chat = row.chat ?? { externalId: '', platform: '', active: true };
  return {
    id: row.id,
    chatId: row.chatId ?? 0,
    chatExternalId: chat.externalId,
    chatPlatform: chat.platform,
    chatActive: chat.active,
    kind: row.kind as OutboxKind,
    idempotencyKey: row.idempotencyKey,
    message: payload.message,
    link: payload.link ?? null,
    urgent: payload.urgent === true,
    edits: payload.edits ?? null,
    editOnly: payload.editOnly === true,
    card: payload.card ?? null,
    expiresAt: payload.expiresAt ? new Date(payload.expiresAt) : null,
    notBefore: row.notBefore,
    attempts: row.attempts,
    sentMessageIds: row.sentMessageIds ? (JSON.parse(row.sentMessageIds) as string[]) : [],
  };
}

export type OutboxRepository = Outbox & OutboxQueue;

/**
 * The durable outbox on either database. Claims are exclusive: on PostgreSQL the candidate rows
 * are locked with FOR UPDATE SKIP LOCKED; on both providers the claiming UPDATE re-checks that
 * each row is still claimable, so a row another sender took in the meantime is not taken twice.
 */
export function createOutboxRepository(db: Pick<Database, 'prisma' | 'provider'>): OutboxRepository {
  const { prisma, provider } = db;

  async function enqueue(input: EnqueueInput): Promise<boolean> {
    let id: number;
    try {
      ({ id } = await prisma.outboxMessage.create({ data: toRowData(input), select: { id: true } }));
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
    if (input.supersedes && input.chatId !== null) await cancelSuperseded(input.chatId, input.supersedes, id);
    return true;
  }

  /**
   * Waiting rows of the chat in the series stored before `newerId`: never sent, their key kept (once
   * per slot). A row whose first parts are out is left to finish: a message goes out whole.
   */
  async function cancelSuperseded(chatId: number, series: SupersededKeys, newerId: number): Promise<void> {
    const where = {
      chatId,
      status: 'pending',
      sentMessageIds: null,
      id: { lt: newerId },
      OR: series.keyPrefixes.map((keyPrefix) => ({
        idempotencyKey: { startsWith: keyPrefix, ...(series.keySuffix ? { endsWith: series.keySuffix } : {}) },
      })),
    };
    const rows = await prisma.outboxMessage.findMany({ where, select: { id: true, kind: true, idempotencyKey: true } });
    if (rows.length === 0) return;
    const reason = 'superseded by a newer message of its series';
    await prisma.outboxMessage.updateMany({ where: { ...where, id: { in: rows.map((row) => row.id) } }, data: { status: 'cancelled', lastError: reason } });
    await recordUndeliveredDigests(prisma, rows, reason);
  }

  /**
   * EnqueueInput.latest: a waiting row under the key takes the new message (its notBefore and
   * attempts stay: it may be waiting for the message it edits, or backing off); a row already out or
   * in flight keeps its history under `<key>#<id>` and the new message gets the key. A few tries,
   * for another process doing the same between our steps.
   */
  async function enqueueLatest(input: EnqueueInput): Promise<boolean> {
    const { payloadJson, kind } = toRowData(input);
    for (let attempt = 0; attempt < 3; attempt++) {
      const replaced = await prisma.outboxMessage.updateMany({
        where: { idempotencyKey: input.idempotencyKey, status: 'pending' },
        data: { payloadJson, kind },
      });
      if (replaced.count > 0) return true;
      // Usually the key is free (a sent card row gave it up: markSent releaseKey), so insert first.
      if (await enqueue(input)) return true;
      const earlier = await prisma.outboxMessage.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
      if (earlier) {
        await prisma.outboxMessage.updateMany({
          where: { id: earlier.id, status: { not: 'pending' } },
          data: { idempotencyKey: `${input.idempotencyKey}#${earlier.id}` },
        });
      }
      if (await enqueue(input)) return true;
    }
    return false;
  }

  async function insertChunk(chunk: EnqueueInput[]): Promise<number> {
    if (provider === 'postgresql') {
      // The PostgreSQL client has skipDuplicates; the SQLite client's types (which we code against) do not.
      const args = { data: chunk.map(toRowData), skipDuplicates: true } as Prisma.OutboxMessageCreateManyArgs;
      const result = await prisma.outboxMessage.createMany(args);
      return result.count;
    }
    // SQLite has no skipDuplicates: drop keys already stored (and repeated in the chunk) first.
    return prisma.$transaction(async (tx) => {
      const keys = chunk.map((input) => input.idempotencyKey);
      const existing = await tx.outboxMessage.findMany({
        where: { idempotencyKey: { in: keys } },
        select: { idempotencyKey: true },
      });
      const seen = new Set(existing.map((row) => row.idempotencyKey));
      const fresh = chunk.filter((input) => {
        if (seen.has(input.idempotencyKey)) return false;
        seen.add(input.idempotencyKey);
        return true;
      });
      if (fresh.length === 0) return 0;
      const result = await tx.outboxMessage.createMany({ data: fresh.map(toRowData) });
      return result.count;
    });
  }

  async function claimIdsPostgres(now: Date, limit: number, token: string, leaseMs: number): Promise<void> {
    await prisma.$transaction(async (tx) => {
      // Rows another sender is claiming right now are skipped, not waited for: it gets those, we get the next.
      const locked = await tx.$queryRawUnsafe<{ id: number }[]>(
        `SELECT "id" FROM "OutboxMessage"
          WHERE ("status" = 'pending' AND "notBefore" <= $1) OR ("status" = 'sending' AND "claimedAt" < $2)
          ORDER BY ("kind" = 'reply') DESC, "notBefore", "id" LIMIT $3 FOR UPDATE SKIP LOCKED`,
        now,
        new Date(now.getTime() - leaseMs),
        limit,
      );
      if (locked.length === 0) return;
      await tx.outboxMessage.updateMany({
        where: { AND: [claimableWhere(now, leaseMs), { id: { in: locked.map((row) => Number(row.id)) } }] },
        data: { status: 'sending', claimedBy: token, claimedAt: now },
      });
    });
  }

  /** Answers to commands first: a backlog of digests or nudges must not hold up the answer someone waits for. */
  async function replyFirstCandidates(where: Prisma.OutboxMessageWhereInput, limit: number): Promise<{ id: number }[]> {
    const read = (kind: Prisma.OutboxMessageWhereInput, take: number) =>
      prisma.outboxMessage.findMany({ where: { AND: [where, kind] }, select: { id: true }, orderBy: [{ notBefore: 'asc' }, { id: 'asc' }], take });
    const replies = await read({ kind: 'reply' }, limit);
    if (replies.length >= limit) return replies;
    return [...replies, ...(await read({ kind: { not: 'reply' } }, limit - replies.length))];
  }

  async function claimIdsSqlite(now: Date, limit: number, token: string, leaseMs: number): Promise<void> {
    const where = claimableWhere(now, leaseMs);
    // A few tries: when another connection won every candidate we read, read the next ones.
    for (let attempt = 0; attempt < 5; attempt++) {
      const candidates = await replyFirstCandidates(where, limit);
      if (candidates.length === 0) return;
      // One UPDATE that repeats the claim condition: SQLite serialises writers, so a row another
      // connection took since our read no longer matches and stays theirs.
      const { count } = await prisma.outboxMessage.updateMany({
        where: { AND: [where, { id: { in: candidates.map((row) => row.id) } }] },
        data: { status: 'sending', claimedBy: token, claimedAt: now },
      });
      if (count > 0) return;
    }
  }

  return {
    enqueue: (input) => (input.latest ? enqueueLatest(input) : enqueue(input)),

    async replaceWaiting(input) {
      const { payloadJson, kind, notBefore, taskId } = toRowData(input);
      const replaced = await prisma.outboxMessage.updateMany({
        where: { idempotencyKey: input.idempotencyKey, status: 'pending', sentMessageIds: null },
        data: { payloadJson, kind, notBefore, taskId },
      });
      return replaced.count > 0;
    },

    async enqueueMany(inputs) {
      let inserted = 0;
      for (const input of inputs) {
        if (input.latest) inserted += (await enqueueLatest(input)) ? 1 : 0;
        else if (input.supersedes) inserted += (await enqueue(input)) ? 1 : 0;
      }
      const plain = inputs.filter((input) => !input.latest && !input.supersedes);
      for (let i = 0; i < plain.length; i += ENQUEUE_CHUNK) {
        const chunk = plain.slice(i, i + ENQUEUE_CHUNK);
        try {
          inserted += await insertChunk(chunk);
        } catch (error) {
          // Another process inserted one of these keys between our check and insert: go one by one.
          if (!isUniqueViolation(error)) throw error;
          for (const input of chunk) if (await enqueue(input)) inserted++;
        }
      }
      return inserted;
    },

    async claimDue(now, limit, owner, leaseMs) {
      // A fresh token per claim, so re-reading finds exactly what this claim won.
      const token = `${owner}:${randomUUID()}`;
      if (provider === 'postgresql') await claimIdsPostgres(now, limit, token, leaseMs);
      else await claimIdsSqlite(now, limit, token, leaseMs);
      const claimed = (await readClaimed(prisma, token)).map(toClaimed);
      // stable: otherwise in due order
      return [...claimed.filter((row) => row.kind === 'reply'), ...claimed.filter((row) => row.kind !== 'reply')];
    },

    async markPartSent(id, messageIds, at) {
      await prisma.outboxMessage.update({
        where: { id },
        data: { sentMessageIds: JSON.stringify(messageIds), claimedAt: at },
      });
    },

    async markSent(id, messageIds, at, options) {
      await prisma.outboxMessage.update({
        where: { id },
        data: {
          status: 'sent',
          sentAt: at,
          sentMessageIds: JSON.stringify(messageIds),
          lastError: null,
          ...(options ? { idempotencyKey: `${options.releaseKey}#${id}` } : {}),
        },
      });
    },

    async markRetry(id, error, nextAttemptAt) {
      await prisma.outboxMessage.update({
        where: { id },
        data: {
          status: 'pending',
          attempts: { increment: 1 },
          lastError: error,
          notBefore: nextAttemptAt,
          claimedBy: null,
          claimedAt: null,
        },
      });
    },

    async release(id, notBefore, reason) {
      await prisma.outboxMessage.update({
        where: { id },
        data: {
          status: 'pending',
          notBefore,
          claimedBy: null,
          claimedAt: null,
          ...(reason ? { lastError: reason } : {}),
        },
      });
    },

    async markFailed(id, error) {
      await prisma.outboxMessage.update({
        where: { id },
        data: { status: 'failed', attempts: { increment: 1 }, lastError: error },
      });
    },

    async cancelForChat(chatId, reason) {
      const result = await prisma.outboxMessage.updateMany({
        where: { chatId, status: { in: ['pending', 'sending'] } },
        data: { status: 'cancelled', lastError: reason },
      });
      return result.count;
    },

    async cancel(id, reason, options) {
      const row = await prisma.outboxMessage.update({
        where: { id },
        data: { status: 'cancelled', lastError: reason, ...(options ? { idempotencyKey: `${options.releaseKey}#${id}` } : {}) },
        select: { kind: true, idempotencyKey: true, sentMessageIds: true },
      });
      if (row.sentMessageIds === null) await recordUndeliveredDigests(prisma, [row], reason);
    },

    async findByKey(idempotencyKey) {
      const row = await prisma.outboxMessage.findUnique({ where: { idempotencyKey } });
      if (!row) return null;
      const payload = readPayloadJson(row.payloadJson);
      return {
        id: row.id,
        chatId: row.chatId ?? 0,
        status: row.status as EditTarget['status'],
        notBefore: row.notBefore,
        message: payload.message,
        sentMessageIds: row.sentMessageIds ? (JSON.parse(row.sentMessageIds) as string[]) : [],
        cardReplacedAt: row.cardReplacedAt,
        cardDeadAt: row.cardDeadAt,
      };
    },

    async replaceLostCard(id, messageIds, at) {
      await prisma.outboxMessage.update({ where: { id }, data: { sentMessageIds: JSON.stringify(messageIds), cardReplacedAt: at } });
    },

    async markCardDead(id, at, reason) {
      await prisma.outboxMessage.update({ where: { id }, data: { cardDeadAt: at, lastError: reason } });
    },

    async markChatInactive(chatId, reason) {
      await prisma.chat.update({ where: { id: chatId }, data: { active: false, inactiveReason: reason } });
    },

    async pendingCount() {
      return prisma.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } });
    },

    async nextDueAt() {
      const row = await prisma.outboxMessage.findFirst({
        where: { status: 'pending' },
        orderBy: { notBefore: 'asc' },
        select: { notBefore: true },
      });
      return row?.notBefore ?? null;
    },
  };
}
