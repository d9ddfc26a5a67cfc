import type { ChatRecord, MemberRecord, TaskRecord } from '../../core/model/records.ts';
import type { PrismaDb } from '../open-database.ts';
import { CHAT_WHEN_CHANGED, MEMBER_WHEN_CHANGED } from './pg-chat-upserts.ts';
import { toChat, toMember } from './mappers.ts';
import { ONE_TASK_DATES, ONE_TASK_ROWS, taskFromRows } from './task-records-query.ts';

export interface Arrival {
  key: string;
  at: Date;
  chat: { platform: string; externalId: string; title: string | null };
  /** the human sender, or null (no sender, another bot) */
  member: { externalUserId: string; displayName: string; username: string | null } | null;
  /** the message the update replies to, if any: its task is read in the same statement */
  replyToMessageId?: string | null;
}

/** The task a reply's message belongs to, as `TaskStore.findTaskByMessage(chat.id, messageId)` returns it. */
export interface RepliedTask {
  messageId: string;
  found: { task: TaskRecord; unitId: number | null };
}

/**
 * null: a redelivered update (nothing written). `recorded` null: the rows could not be read in this
 * statement, record them apart. `steering`: the active steering groups, read in the same statement
 * (what `listChats({ kind: 'steering', active: true })` returns), for the update's authority check.
 */
export type ArrivalResult = null | {
  recorded: { chat: ChatRecord; member: MemberRecord | null } | null;
  steering: ChatRecord[];
  /** the replied-to message's task (only when the message is a task's and the chat was recorded here) */
  repliedTask?: RepliedTask;
};

export type ArrivalRecorder = (arrival: Arrival) => Promise<ArrivalResult>;

const CHAT = ['id', 'platform', 'externalId', 'title', 'kind', 'unitId', 'active', 'locale', 'settingsJson', 'boundAt'] as const;
const MEMBER = ['chatId', 'externalUserId', 'displayName', 'username', 'role'] as const;
// The steering groups as JSON: boundAt as epoch milliseconds (timestamp(3) holds UTC, as Prisma writes it).
const STEERING_JSON = `json_build_object(${CHAT.map((n) => `'${n}', ${n === 'boundAt' ? `floor(extract(epoch FROM s."boundAt") * 1000)` : `s."${n}"`}`).join(', ')})`;
const cols = (alias: string, names: readonly string[], prefix = '') => names.map((n) => `${alias}."${n}"${prefix ? ` AS "${prefix}${n}"` : ''}`).join(', ');

// Built once: the same text every call (its statement name is looked up by it; pg-statement-names.ts).
const first = 'EXISTS (SELECT 1 FROM d)';
const ARRIVAL_SQL = `WITH d AS (INSERT INTO "ProcessedUpdate" ("key", "processedAt") VALUES ($1::text, $2::timestamp(3)) ON CONFLICT ("key") DO NOTHING RETURNING 1 AS one),
  c AS (INSERT INTO "Chat" ("platform", "externalId", "title", "createdAt") SELECT $3::text, $4::text, $5::text, $6::timestamp(3) WHERE ${first}
        ${CHAT_WHEN_CHANGED} RETURNING ${cols('"Chat"', CHAT)}),
  cr AS (SELECT ${cols('c', CHAT)} FROM c UNION ALL SELECT ${cols('x', CHAT)} FROM "Chat" x WHERE x."platform" = $3 AND x."externalId" = $4 AND NOT EXISTS (SELECT 1 FROM c)),
  m AS (INSERT INTO "ChatMember" ("chatId", "externalUserId", "displayName", "username", "firstSeenAt", "lastSeenAt")
        SELECT cr."id", $7::text, $8::text, $9::text, $2::timestamp(3), $2::timestamp(3) FROM cr WHERE ${first} AND $10::boolean
        ${MEMBER_WHEN_CHANGED} RETURNING ${cols('"ChatMember"', MEMBER)}),
  mr AS (SELECT ${cols('m', MEMBER)} FROM m UNION ALL SELECT ${cols('y', MEMBER)} FROM "ChatMember" y JOIN cr ON y."chatId" = cr."id" WHERE y."externalUserId" = $7 AND $10::boolean AND NOT EXISTS (SELECT 1 FROM m)),
  tm AS (SELECT x."taskId", x."unitId" FROM "TaskMessage" x JOIN cr ON x."chatId" = cr."id" WHERE x."messageId" = $11::text AND ${first})
  SELECT ${first} AS "first", ${cols('cr', CHAT, 'c_')}, ${cols('mr', MEMBER, 'm_')},
    (SELECT json_agg(${STEERING_JSON} ORDER BY s."id") FROM "Chat" s WHERE s."kind" = 'steering' AND s."active" AND ${first}) AS "steering",
    (SELECT "unitId" FROM tm) AS "tm_unitId",
    (SELECT json_agg(row_to_json(q)) FROM (${ONE_TASK_ROWS} WHERE t."id" = (SELECT "taskId" FROM tm)) q) AS "tm_rows"
  FROM (SELECT 1) one LEFT JOIN cr ON TRUE LEFT JOIN mr ON TRUE`;

/**
 * PostgreSQL: an update's dedupe row, its chat, its sender, the active steering groups and (for a
 * reply) the replied-to message's task in one statement, one round trip instead of five. The chat
 * and sender are written only after a first delivery and only when they changed
 * (pg-chat-upserts.ts); the rows come back either way.
 */
export function pgArrival(prisma: PrismaDb): ArrivalRecorder {
  return async ({ key, at, chat, member, replyToMessageId }) => {
    const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      ARRIVAL_SQL,
      key,
      at,
      chat.platform,
      chat.externalId,
      chat.title,
      new Date(),
      member?.externalUserId ?? '',
      member?.displayName ?? '',
      member?.username ?? null,
      member !== null,
      replyToMessageId ?? null,
    );
    const row = rows[0];
    if (!row?.first) return null;
    const steering = ((row.steering ?? []) as (Parameters<typeof toChat>[0] & { boundAt: number | null })[]).map((chat) =>
      toChat({ ...chat, boundAt: chat.boundAt === null ? null : new Date(Number(chat.boundAt)) }),
    );
    const repliedTask = replyToMessageId ? repliedTaskOf(replyToMessageId, row.tm_rows, row.tm_unitId) : undefined;
    const pick = (prefix: string, names: readonly string[]) => Object.fromEntries(names.map((n) => [n, row[`${prefix}${n}`]]));
    // A row another session inserted after this statement's snapshot is not in it (the chat's turn makes that rare).
    if (row.c_id === null || row.c_id === undefined || (member && (row.m_chatId === null || row.m_chatId === undefined))) return { recorded: null, steering };
    return {
      recorded: {
        chat: toChat(pick('c_', CHAT) as Parameters<typeof toChat>[0]),
        member: member ? toMember(pick('m_', MEMBER) as Parameters<typeof toMember>[0]) : null,
      },
      steering,
      ...(repliedTask ? { repliedTask } : {}),
    };
  };
}

/** The task's rows as JSON: timestamps come back as text without a zone and hold UTC. */
function repliedTaskOf(messageId: string, rows: unknown, unitId: unknown): RepliedTask | undefined {
  if (!Array.isArray(rows) || rows.length === 0) return undefined;
  const utc = (value: unknown) => (typeof value === 'string' ? new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`) : value);
  const task = taskFromRows(rows.map((r: Record<string, unknown>) => ({ ...r, ...Object.fromEntries(ONE_TASK_DATES.map((k) => [k, utc(r[k])])) })));
  return task ? { messageId, found: { task, unitId: unitId === null || unitId === undefined ? null : Number(unitId) } } : undefined;
}
