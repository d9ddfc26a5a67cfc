/**
 * Bench `national`: generate a synthetic country at each size, then time one morning of unit digests
 * into the outbox in a child process (seconds, peak RSS, SQL statements per digest).
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../src/db/open-database.ts';
import { startChild } from '../support/child.ts';
import { createBenchDatabase } from '../support/databases.ts';
import { type BenchDb, emit, log } from '../support/emit.ts';
import type { DigestRunResult } from './digest-process.ts';
import { DIGEST_MORNING, generateCountry } from './generate-country.ts';

export interface NationalOptions {
  dbs: BenchDb[];
  sizes: number[];
  reportsPerAssignment?: number;
}

export const NATIONAL_FULL: Omit<NationalOptions, 'dbs'> = { sizes: [0.5, 1, 2] };
export const NATIONAL_SMOKE: Omit<NationalOptions, 'dbs'> = { sizes: [0.01, 0.02] };

const DIGEST_PROCESS = join(import.meta.dirname, 'digest-process.ts');
const isResult = (m: { type: string }): m is DigestRunResult => m.type === 'result';

async function runSize(db: BenchDb, size: number, options: NationalOptions): Promise<DigestRunResult> {
  const database = await createBenchDatabase(db, 'national');
  try {
    const migrated = await openDatabase(database.url);
    await migrated.close();
    const started = performance.now();
    const summary = await generateCountry(db, database.url, {
      size,
      ...(options.reportsPerAssignment ? { reportsPerAssignment: options.reportsPerAssignment } : {}),
    });
    log(`national: ${db} size ${size} generated in ${((performance.now() - started) / 1000).toFixed(1)} s`, summary);
    const child = startChild<{ type: string }>(DIGEST_PROCESS, { DATABASE_URL: database.url, BENCH_MORNING_MS: String(DIGEST_MORNING.getTime()) });
    const result = await child.next(isResult, 600_000);
    await child.exited;
    log(`national: ${db} size ${size}: ${result.digests} digests in ${result.seconds.toFixed(2)} s`, {
      topQueries: result.topQueries.map(([sql, n]) => `${n}× ${sql.slice(0, 90)}`),
      slowest: result.slowestQueries.map(([sql, ms]) => `${ms} ms ${sql.slice(0, 120)}`),
    });
    if (result.failed > 0) throw new Error(`${result.failed} digest slots failed`);
    const extra = { size, groups: summary.groups, areas: summary.areas, reports: summary.reports, digests: result.digests };
    emit({ bench: 'national', metric: 'digest_seconds', value: result.seconds, unit: 's', db, ...extra });
    emit({ bench: 'national', metric: 'peak_rss_mb', value: result.peakRssMb, unit: 'MB', db, ...extra });
    emit({
      bench: 'national',
      metric: 'queries_per_digest',
      value: result.queries / Math.max(1, result.digests),
      unit: 'SQL statements/digest',
      db,
      ...extra,
      queries: result.queries,
    });
    return result;
  } finally {
    await database.drop();
  }
}

export async function runNationalBench(options: NationalOptions): Promise<void> {
  for (const db of options.dbs) {
    const seconds = new Map<number, number>();
    for (const size of options.sizes) seconds.set(size, (await runSize(db, size, options)).seconds);
    // growth_2x compares the largest size with the one half its size.
    const largest = Math.max(...options.sizes);
    const half = seconds.get(largest / 2);
    if (half !== undefined) {
      emit({ bench: 'national', metric: 'growth_2x', value: seconds.get(largest)! / half, unit: `ratio (time at ${largest}× ÷ time at ${largest / 2}×)`, db });
    }
  }
}
