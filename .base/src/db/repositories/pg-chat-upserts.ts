import type { ChatStore } from '../../core/ports/chat-store.ts';
import type { PrismaDb } from '../open-database.ts';
import { toChat, toMember } from './mappers.ts';

/**
 * A member's lastSeenAt is refreshed at most this often: the SQLite bot's member cache
 * (cached-chat-store.ts) writes a sender at most once in its 15 s, so both databases keep the same step.
 */
const LAST_SEEN_STEP = '15 seconds';

/** ON CONFLICT clauses of the conditional chat and member upserts (also used by pg-arrival.ts). */
export const CHAT_WHEN_CHANGED = `ON CONFLICT ("platform", "externalId") DO UPDATE SET "title" = EXCLUDED."title"
  WHERE EXCLUDED."title" IS NOT NULL AND "Chat"."title" IS DISTINCT FROM EXCLUDED."title"`;
export const MEMBER_WHEN_CHANGED = `ON CONFLICT ("chatId", "externalUserId") DO UPDATE SET "displayName" = EXCLUDED."displayName", "username" = EXCLUDED."username", "lastSeenAt" = EXCLUDED."lastSeenAt"
  WHERE "ChatMember"."displayName" IS DISTINCT FROM EXCLUDED."displayName" OR "ChatMember"."username" IS DISTINCT FROM EXCLUDED."username"
     OR "ChatMember"."lastSeenAt" <= EXCLUDED."lastSeenAt" - INTERVAL '${LAST_SEEN_STEP}'`;

const CHAT_COLUMNS = '"id", "platform", "externalId", "title", "kind", "unitId", "active", "locale", "settingsJson", "boundAt"';
const MEMBER_COLUMNS = '"chatId", "externalUserId", "displayName", "username", "role"';

/**
 * One statement that writes the row only when something differs and returns it either way: the
 * upsert's row, or (nothing written) the row as it stands. A row another session inserted after this
 * statement's snapshot is in neither, hence one more try.
 */
async function writeIfChanged<T>(prisma: PrismaDb, upsert: string, select: string, params: unknown[]): Promise<T> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const rows = await prisma.$queryRawUnsafe<T[]>(`WITH up AS (${upsert}) SELECT * FROM up UNION ALL ${select} AND NOT EXISTS (SELECT 1 FROM up)`, ...params);
    if (rows[0]) return rows[0];
  }
  throw new Error('row neither written nor found');
}

/**
 * PostgreSQL: every update records its chat and sender, and several instances keep no cache of them
 * (bot-stores.ts), so Prisma's upserts rewrote both rows on every update. These write only a change:
 * a new or renamed chat, a new or renamed sender, a sender not seen for LAST_SEEN_STEP.
 */
export function withPgConditionalUpserts(inner: ChatStore, prisma: PrismaDb): ChatStore {
  return {
    ...inner,
    async ensureChat({ platform, externalId, title }) {
      const row = await writeIfChanged<Parameters<typeof toChat>[0]>(
        prisma,
        `INSERT INTO "Chat" ("platform", "externalId", "title", "createdAt") VALUES ($1, $2, $3, $4) ${CHAT_WHEN_CHANGED} RETURNING ${CHAT_COLUMNS}`,
        `SELECT ${CHAT_COLUMNS} FROM "Chat" WHERE "platform" = $1 AND "externalId" = $2`,
        [platform, externalId, title ?? null, new Date()],
      );
      return toChat(row);
    },
    async upsertMember(chatId, { externalUserId, displayName, username }, at) {
      const row = await writeIfChanged<Parameters<typeof toMember>[0]>(
        prisma,
        `INSERT INTO "ChatMember" ("chatId", "externalUserId", "displayName", "username", "firstSeenAt", "lastSeenAt") VALUES ($1, $2, $3, $4, $5, $5)
         ${MEMBER_WHEN_CHANGED}
         RETURNING ${MEMBER_COLUMNS}`,
        `SELECT ${MEMBER_COLUMNS} FROM "ChatMember" WHERE "chatId" = $1 AND "externalUserId" = $2`,
        [chatId, externalUserId, displayName, username ?? null, at],
      );
      return toMember(row);
    },
  };
}
