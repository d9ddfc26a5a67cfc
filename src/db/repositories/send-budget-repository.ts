import type { BudgetAnswer, SendBudget } from '../../core/ports/send-budget.ts';
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

  /** The instant the window of `key` has room again, or null when it has room now. */
  async function windowFullUntil(tx: typeof prisma, key: string, limit: number, windowMs: number, now: number): Promise<number | null> {
    const rows = await tx.$queryRawUnsafe<{ at: Date }[]>(
      `SELECT "at" FROM "SendEvent" WHERE "key" = $1 AND "at" > $2 ORDER BY "at" DESC OFFSET $3 LIMIT 1`,
      key,
      new Date(now - windowMs),
      limit - 1,
    );
    return rows[0] ? rows[0].at.getTime() + windowMs : null;
  }

  async function prune(now: number): Promise<void> {
    if (now - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now;
    await prisma.$executeRawUnsafe(`DELETE FROM "SendEvent" WHERE "key" LIKE $1 AND "at" <= $2`, `${botKey}%`, new Date(now - MINUTE));
    await prisma.$executeRawUnsafe(`DELETE FROM "SendPause" WHERE "key" LIKE $1 AND "until" <= $2`, `${botKey}%`, new Date(now));
  }

  return {
    async take(chatId, now) {
      await prune(now);
      return prisma.$transaction(async (tx): Promise<BudgetAnswer> => {
        await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', botKey);
        const paused = await tx.$queryRawUnsafe<{ until: Date }[]>(
          `SELECT "until" FROM "SendPause" WHERE "key" = $1 AND "until" > $2`,
          chatKey(chatId),
          new Date(now),
        );
        if (paused[0]) return { granted: false, retryAt: paused[0].until.getTime(), scope: 'chat' };
        const chatFull = await windowFullUntil(tx as typeof prisma, chatKey(chatId), options.perChatPerMinute, MINUTE, now);
        if (chatFull !== null) return { granted: false, retryAt: chatFull, scope: 'chat' };
        const botFull = await windowFullUntil(tx as typeof prisma, botKey, options.perSecond, SECOND, now);
        if (botFull !== null) return { granted: false, retryAt: botFull, scope: 'bot' };
        const rows = await tx.$queryRawUnsafe<{ id: number }[]>(
          `INSERT INTO "SendEvent" ("key", "at") VALUES ($1, $3), ($2, $3) RETURNING "id"`,
          botKey,
          chatKey(chatId),
          new Date(now),
        );
        const ids = rows.map((row) => Number(row.id));
        const settle = async (answeredAt: number) => {
          await prisma.$executeRawUnsafe(`UPDATE "SendEvent" SET "at" = $1 WHERE "id" IN ($2, $3) AND "at" < $1`, new Date(answeredAt), ids[0], ids[1]);
        };
        return { granted: true, settle };
      });
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
