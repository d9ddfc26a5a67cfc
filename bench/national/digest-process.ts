/**
 * One morning of unit digests over a generated country, in its own process so its peak RSS is its
 * own: the scheduler's tick at 07:31 runs the unit-digest job for every bound group into the outbox.
 */
import { renderChart } from '../../src/reports/charts/render-chart.ts';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { unitDigestJob } from '../../jobs/index.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { createStores } from '../../src/db/stores.ts';
import { createScheduler } from '../../src/scheduler/create-scheduler.ts';
import { installQueryCounter } from '../support/count-queries.ts';

export interface DigestRunResult {
  type: 'result';
  seconds: number;
  digests: number;
  slots: number;
  failed: number;
  queries: number;
  peakRssMb: number;
  topQueries: [string, number][];
  slowestQueries: [string, number][];
}

async function main(): Promise<void> {
  const counter = installQueryCounter();
  const morning = new Date(Number(process.env.BENCH_MORNING_MS));
  const db = await openDatabase(process.env.DATABASE_URL ?? '', { migrate: false });
  const stores = createStores(db);
  const clock = new ManualClock(morning);
  const scheduler = createScheduler({
    jobs: [unitDigestJob],
    deps: {
      stores,
      outbox: stores.outbox,
      logger: pino({ level: 'silent' }),
      calendar: vietnamCalendar,
      quietHours: { start: '21:00', end: '07:00' },
      renderChart,
    },
    clock,
    owner: 'bench',
  });
  counter.reset();
  // The end-to-end bench (run-national-e2e.ts) times 07:30 → first message from this instant.
  process.send?.({ type: 'tick-started', at: Date.now() });
  const start = performance.now();
  const report = await scheduler.tick(morning);
  const seconds = (performance.now() - start) / 1000;
  const queries = counter.total;
  const digests = await db.prisma.outboxMessage.count();
  await db.close();
  const result: DigestRunResult = {
    type: 'result',
    seconds,
    digests,
    slots: report.ran.length,
    failed: report.failed.length,
    queries,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    topQueries: counter.top(8),
    slowestQueries: counter.slowest(6).map(([sql, ms]) => [sql, Math.round(ms)]),
  };
  process.send?.(result, () => process.exit(0));
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench digest] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
