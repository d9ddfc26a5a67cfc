export interface HealthSources {
  /** a trivial query; throws when the database cannot be reached */
  pingDatabase(): Promise<void>;
  outboxDepth(): Promise<number>;
  /** the earliest due instant among unsent rows (a backlog's age) */
  outboxNextDueAt(): Promise<Date | null>;
  scheduler(): { leader: boolean; lastTickAt: Date | null };
  now(): Date;
}

export interface HealthReport {
  status: 'ok' | 'fail';
  database: { ok: boolean; ms: number };
  outbox: { depth: number | null; overdueSeconds: number | null };
  scheduler: { leader: boolean; lagSeconds: number | null };
}

/** A leading scheduler ticks every minute; three minutes without a tick means it is stuck. */
export const SCHEDULER_LAG_LIMIT_SECONDS = 180;

/**
 * GET /healthz: fails (503) when the database does not answer or when this instance leads the
 * scheduler and it has not ticked for three minutes; reports the outbox backlog either way.
 */
export async function checkHealth(sources: HealthSources): Promise<HealthReport> {
  const now = sources.now().getTime();
  const started = performance.now();
  let databaseOk = true;
  try {
    await sources.pingDatabase();
  } catch {
    databaseOk = false;
  }
  const ms = Math.round((performance.now() - started) * 10) / 10;
  let depth: number | null = null;
  let overdueSeconds: number | null = null;
  if (databaseOk) {
    depth = await sources.outboxDepth().catch(() => null);
    const nextDue = await sources.outboxNextDueAt().catch(() => null);
    overdueSeconds = nextDue ? Math.max(0, Math.round((now - nextDue.getTime()) / 1000)) : 0;
  }
  const { leader, lastTickAt } = sources.scheduler();
  const lagSeconds = leader && lastTickAt ? Math.round((now - lastTickAt.getTime()) / 1000) : null;
  const schedulerOk = !leader || lagSeconds === null || lagSeconds <= SCHEDULER_LAG_LIMIT_SECONDS;
  return {
    status: databaseOk && schedulerOk ? 'ok' : 'fail',
    database: { ok: databaseOk, ms },
    outbox: { depth, overdueSeconds },
    scheduler: { leader, lagSeconds },
  };
}
