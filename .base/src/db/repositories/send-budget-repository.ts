import type { SendBudget } from '../../core/ports/send-budget.ts';
import type { Database } from '../open-database.ts';

export interface PgSendBudgetOptions {
  /** the bot's numeric id (the part of the token before ":"): one budget per bot token */
  botId: string;
  perSecond: number;
  perChatPerMinute: number;
}

const SECOND = 1_000;
const MINUTE = 60_000;
/** how often (at most) one instance deletes the events that left every window */
const PRUNE_EVERY_MS = 10_000;

/**
 * One send budget for every instance of a bot on one PostgreSQL database: a sliding window of
 * SendEvent rows per second for the bot and per minute per chat, and SendPause rows from 429s.
 * A take is one short transaction serialised per bot by a transaction advisory lock, so two
 * instances never both take the last send of a window. Instants come from each instance's clock
 * (passed in), so instances must keep their clocks in sync (NTP); a few milliseconds of skew shift
 * the window by as much.
 */
export function createPgSendBudget(db: Database, options: PgSendBudgetOptions): SendBudget {
  if (db.provider !== 'postgresql') throw new Error('the shared send budget needs PostgreSQL');
  const { prisma } = db;
  const botKey = `bot:${options.botId}`;
  const chatKey = (chatId: number) => `${botKey}:chat:${chatId}`;
  let prunedAt = 0;

  async function prune(now: number): Promise<void> {
    if (now - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now;
    await prisma.$executeRawUnsafe(`DELETE FROM "SendEvent" WHERE "key" LIKE $1 AND "at" <= $2`, `${botKey}%`, new Date(now - MINUTE));
    await prisma.$executeRawUnsafe(`DELETE FROM "SendPause" WHERE "key" LIKE $1 AND "until" <= $2`, `${botKey}%`, new Date(now));
  }

  return {
    async take(chatId, now) {
      await prune(now);
      const at = new Date(now);
      const [, rows] = await prisma.$transaction([
        prisma.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', botKey),
        // After the lock, one statement (a fresh snapshot): the pause, the two windows, and the insert when all allow it.
        prisma.$queryRawUnsafe<{ paused: Date | null; chat_at: Date | null; bot_at: Date | null; ids: number[] }[]>(
          `WITH p AS (SELECT max("until") AS "until" FROM "SendPause" WHERE "key" = $2 AND "until" > $3),
                c AS (SELECT "at" FROM "SendEvent" WHERE "key" = $2 AND "at" > $4 ORDER BY "at" DESC OFFSET $6 LIMIT 1),
                b AS (SELECT "at" FROM "SendEvent" WHERE "key" = $1 AND "at" > $5 ORDER BY "at" DESC OFFSET $7 LIMIT 1),
                ins AS (
                  INSERT INTO "SendEvent" ("key", "at")
                  SELECT k, $3 FROM (VALUES ($1), ($2)) AS v(k)
                  WHERE (SELECT "until" FROM p) IS NULL AND NOT EXISTS (SELECT 1 FROM c) AND NOT EXISTS (SELECT 1 FROM b)
                  RETURNING "id")
           SELECT (SELECT "until" FROM p) AS paused, (SELECT "at" FROM c) AS chat_at, (SELECT "at" FROM b) AS bot_at,
                  ARRAY(SELECT "id" FROM ins) AS ids`,
          botKey,
          chatKey(chatId),
          at,
          new Date(now - MINUTE),
          new Date(now - SECOND),
          options.perChatPerMinute - 1,
          options.perSecond - 1,
        ),
      ]);
      const row = rows[0];
      if (row?.paused) return { granted: false, retryAt: row.paused.getTime(), scope: 'chat' };
      if (row?.chat_at) return { granted: false, retryAt: row.chat_at.getTime() + MINUTE, scope: 'chat' };
      if (row?.bot_at) return { granted: false, retryAt: row.bot_at.getTime() + SECOND, scope: 'bot' };
      const ids = (row?.ids ?? []).map(Number);
      if (ids.length !== 2) throw new Error('send budget: the send was not recorded');
      const settle = async (answeredAt: number) => {
        await prisma.$executeRawUnsafe(`UPDATE "SendEvent" SET "at" = $1 WHERE "id" IN ($2, $3) AND "at" < $1`, new Date(answeredAt), ids[0], ids[1]);
      };
      return { granted: true, settle };
    },
    async pause(chatId, until) {
      await prisma.$executeRawUnsafe(
        `INSERT INTO "SendPause" ("key", "until") VALUES ($1, $2)
         ON CONFLICT ("key") DO UPDATE SET "until" = GREATEST("SendPause"."until", EXCLUDED."until")`,
        chatKey(chatId),
        new Date(until),
      );
    },
  };
}
