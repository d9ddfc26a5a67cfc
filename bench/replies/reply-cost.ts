/**
 * `npx tsx bench/replies/reply-cost.ts [--db sqlite|postgres] [--replies 3000] [--groups 100] [--profile <dir>] [--no-chat-order]`
 * What one reply costs the bot, in figures that do not depend on how loaded the machine is: SQL
 * statements per reply (counted at the driver) and CPU time of this process per reply. The same
 * groups and reply texts as the `replies` benchmark, handed straight to the app's dispatcher over the
 * running bot's stores (createBotStores), without Telegram, HTTP or the sandbox's delivery. On
 * PostgreSQL each reply holds its chat's turn as in the running bot (src/db/pg-chat-order.ts; its
 * statements are counted too), and the database's own CPU per reply is reported (its backends).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { registry } from '../../commands/registry.ts';
import type { AppDeps } from '../../src/app-deps.ts';
import { TELEGRAM_CAPABILITIES } from '../../src/channels/telegram/telegram-capabilities.ts';
import { loadConfig } from '../../src/config/config.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { createBotStores } from '../../src/db/bot-stores.ts';
import { createPgChatOrder } from '../../src/db/pg-chat-order.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import type { ChannelSession } from '../../src/dispatch/channel-session.ts';
import { createDispatcher } from '../../src/dispatch/dispatch-event.ts';
import { createPlanFiles } from '../../src/plan-import/plan-files.ts';
import { createDocumentOutputs } from '../../src/reports/document-outputs.ts';
import { createSandboxServer } from '../../src/sandbox/index.ts';
import { installQueryCounter } from '../support/count-queries.ts';
import { createBenchDatabase } from '../support/databases.ts';
import { watchBackendCpu } from '../support/pg-backend-cpu.ts';
import { emit, log } from '../support/emit.ts';
import { chooseReply, seeded } from './load.ts';
import { QUIET_SUNDAY, setupGroups } from './setup-groups.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    replies: { type: 'string', default: '3000' },
    groups: { type: 'string', default: '100' },
    profile: { type: 'string' },
    'no-chat-order': { type: 'boolean', default: false },
  },
});
const dbKind = values.db === 'postgres' ? 'postgres' : 'sqlite';
const replies = Number(values.replies);

const counter = installQueryCounter();

function session(answers: { count: number }): ChannelSession {
  return {
    capabilities: TELEGRAM_CAPABILITIES,
    botUsername: 'dieuphoi_bot',
    reply: async () => {
      answers.count++;
      return [{ messageId: String(1_000_000 + answers.count) }];
    },
    react: async () => {
      answers.count++;
    },
    isChatAdmin: async () => false,
  };
}

async function main(): Promise<void> {
  const database = await createBenchDatabase(dbKind, 'reply-cost');
  const server = createSandboxServer({ rateLimit: { enabled: false } });
  try {
    const groups = await setupGroups(server, database.url, { groups: Number(values.groups), usersPerGroup: 4 });
    const db = await openDatabase(database.url);
    const loaded = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
    if (!loaded.ok) throw new Error(loaded.problems.join('; '));
    const stores = createBotStores(db);
    const logger = pino({ level: 'silent' });
    const chatOrder = dbKind === 'postgres' && !values['no-chat-order'] ? createPgChatOrder({ databaseUrl: database.url, logger }) : undefined;
    const deps: AppDeps = {
      config: loaded.config,
      stores,
      outbox: stores.outbox,
      clock: new ManualClock(QUIET_SUNDAY.getTime()),
      logger,
      botUsername: 'dieuphoi_bot',
      outputs: createDocumentOutputs(),
      planFiles: createPlanFiles(),
      ...(chatOrder ? { chatOrder } : {}),
    };
    const dispatcher = createDispatcher(deps, registry);
    const answers = { count: 0 };
    const random = seeded(7);
    let updateId = 0;
    const runReplies = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const { group, userId, replyTo, text } = chooseReply(groups, random);
        updateId++;
        const outcome = await dispatcher.dispatch(
          {
            kind: 'text',
            platform: 'telegram',
            updateKey: String(updateId),
            chat: { externalId: String(group.chatId), type: 'group', title: `Nhóm đơn vị ${groups.indexOf(group)}` },
            user: { externalId: String(userId), name: `Cán bộ ${userId}`, username: null },
            messageId: String(500_000 + updateId),
            text,
            replyToMessageId: String(replyTo),
            repliesToBot: true,
          },
          session(answers),
        );
        if (outcome.status !== 'handled') throw new Error(`reply ${updateId} was ${outcome.status}`);
      }
    };
    // Warm-up: JIT, prepared statements, caches; then the measured run.
    await runReplies(Math.min(300, replies));
    const backends = dbKind === 'postgres' ? await watchBackendCpu(database.url) : null;
    counter.reset();
    answers.count = 0;
    const profiler = values.profile ? new Session() : null;
    if (profiler) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    await runReplies(replies);
    const cpu = process.cpuUsage(cpuBefore);
    const wallMs = performance.now() - wallBefore;
    const statements = counter.total;
    const dbCpuUs = await backends?.sinceStart();
    await backends?.close();
    if (profiler && values.profile) {
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(join(values.profile, `reply-cost-${dbKind}-${process.pid}.cpuprofile`), JSON.stringify(profile));
      profiler.disconnect();
    }
    const cpuUs = (cpu.user + cpu.system) / replies;
    emit({ bench: 'reply-cost', metric: 'statements_per_reply', value: statements / replies, unit: 'SQL statements/reply', db: dbKind, replies });
    emit({
      bench: 'reply-cost',
      metric: 'cpu_us_per_reply',
      value: cpuUs,
      unit: 'µs of this process’s CPU/reply',
      db: dbKind,
      replies,
      wall_ms: Math.round(wallMs),
    });
    if (dbCpuUs != null) {
      emit({
        bench: 'reply-cost',
        metric: 'db_cpu_us_per_reply',
        value: dbCpuUs / replies,
        unit: 'µs of the database backends’ CPU/reply',
        db: dbKind,
        replies,
      });
    }
    log(`chat order: ${chatOrder ? 'PostgreSQL turn per chat' : 'none'}`);
    log(`answers ${answers.count} for ${replies} replies; statements by text:`);
    for (const [sql, n] of counter.top(25)) log(`${(n / replies).toFixed(3)}\t${sql}`);
    log('µs inside the driver per reply, by text (SQLite):');
    for (const [sql, ms] of counter.slowest(12)) log(`${((ms * 1000) / replies).toFixed(0)}\t${sql}`);
    await chatOrder?.close();
    await db.close();
  } finally {
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
