/**
 * `npm run bench [-- --smoke] [--only replies|national|e2e|delivery|crash|plan-match] [--e2e-size 1] [--crashes 20] [--db sqlite,postgres] [--sizes 0.5,1,2]`
 * One JSON line per figure on stdout; progress on stderr. Targets are reported, never enforced:
 * the exit code is non-zero only when a benchmark itself fails.
 */
import { parseArgs } from 'node:util';
import { CRASH_FULL, CRASH_SMOKE, runCrashBench } from './crash/run-crash.ts';
import { DELIVERY_FULL, DELIVERY_SMOKE, runDeliveryBench } from './delivery/run-delivery.ts';
import { NATIONAL_FULL, NATIONAL_SMOKE, runNationalBench } from './national/run-national.ts';
import { NATIONAL_E2E_FULL, NATIONAL_E2E_SMOKE, runNationalE2eBench } from './national/run-national-e2e.ts';
import { PLAN_MATCH_FULL, PLAN_MATCH_SMOKE, runPlanMatchBench } from './plan-match/run-plan-match.ts';
import { REPLIES_FULL, REPLIES_SMOKE, runRepliesBench } from './replies/run-replies.ts';
import { type BenchDb, log } from './support/emit.ts';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    db: { type: 'string' },
    sizes: { type: 'string' },
    'national-db': { type: 'string' },
    rate: { type: 'string' },
    duration: { type: 'string' },
    groups: { type: 'string' },
    messages: { type: 'string' },
    crashes: { type: 'string' },
    'e2e-size': { type: 'string' },
  },
});

const smoke = values.smoke ?? false;
const only = values.only?.split(',');
const wanted = (name: string) => !only || only.includes(name);
const parseDbs = (text: string | undefined, fallback: BenchDb[]): BenchDb[] =>
  text ? text.split(',').map((d) => (d.startsWith('postgres') ? 'postgres' : 'sqlite')) : fallback;
const numberOr = (text: string | undefined, fallback: number) => (text === undefined ? fallback : Number(text));

async function main(): Promise<void> {
  const started = Date.now();
  if (wanted('replies')) {
    const base = smoke ? REPLIES_SMOKE : REPLIES_FULL;
    await runRepliesBench({
      ...base,
      dbs: parseDbs(values.db, ['sqlite', 'postgres']),
      ratePerSecond: numberOr(values.rate, base.ratePerSecond),
      durationMs: numberOr(values.duration, base.durationMs / 1000) * 1000,
      groups: numberOr(values.groups, base.groups),
    });
  }
  if (wanted('national')) {
    const base = smoke ? NATIONAL_SMOKE : NATIONAL_FULL;
    await runNationalBench({
      ...base,
      dbs: parseDbs(values['national-db'] ?? values.db, smoke ? ['sqlite', 'postgres'] : ['sqlite']),
      ...(values.sizes ? { sizes: values.sizes.split(',').map(Number) } : {}),
    });
  }
  if (wanted('e2e')) {
    const base = smoke ? NATIONAL_E2E_SMOKE : NATIONAL_E2E_FULL;
    await runNationalE2eBench({ dbs: parseDbs(values['national-db'] ?? values.db, ['sqlite']), size: numberOr(values['e2e-size'], base.size) });
  }
  if (wanted('delivery')) {
    const base = smoke ? DELIVERY_SMOKE : DELIVERY_FULL;
    await runDeliveryBench({ ...base, dbs: parseDbs(values.db, ['sqlite']), messages: numberOr(values.messages, base.messages) });
  }
  if (wanted('crash')) {
    const base = smoke ? CRASH_SMOKE : CRASH_FULL;
    await runCrashBench({
      ...base,
      dbs: parseDbs(values.db, ['sqlite', 'postgres']),
      crashes: numberOr(values.crashes, base.crashes),
      messages: numberOr(values.messages, base.messages),
    });
  }
  if (wanted('plan-match')) await runPlanMatchBench(smoke ? PLAN_MATCH_SMOKE : PLAN_MATCH_FULL);
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
