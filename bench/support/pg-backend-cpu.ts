/**
 * CPU time of the PostgreSQL server processes that serve one database (its backends), read from
 * /proc: what a reply costs the database itself, which shares the machine's cores with the bot.
 * Only backends of that database are counted (not the WAL writer or checkpointer), so other
 * sessions' work on the same server does not leak in. Linux only; null elsewhere.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';

const TICKS_PER_SECOND = 100;

function cpuTicks(pid: number): number | null {
  try {
    // Fields after the command's closing parenthesis: state is 3rd; utime and stime are the 14th and 15th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

export interface BackendCpu {
  /** µs of CPU the database's backends spent since the previous call (or since `start`) */
  sinceStart(): Promise<number | null>;
  close(): Promise<void>;
}

export async function watchBackendCpu(databaseUrl: string): Promise<BackendCpu> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const snapshot = async () => {
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [name]);
    return new Map(rows.map(({ pid }) => [pid, cpuTicks(pid)]));
  };
  let before = await snapshot();
  return {
    async sinceStart() {
      const after = await snapshot();
      let ticks = 0;
      let seen = false;
      for (const [pid, now] of after) {
        if (now === null) continue;
        seen = true;
        // A backend that started during the run started from 0; one that ended is lost (rare: pools keep them).
        ticks += now - (before.get(pid) ?? 0);
      }
      before = after;
      return seen ? (ticks / TICKS_PER_SECOND) * 1e6 : null;
    },
    close: () => client.end(),
  };
}
