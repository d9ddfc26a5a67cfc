/**
 * A digest cancelled before any of it went out (past its relevance, or superseded by a newer one of
 * its series) is recorded on its scheduler slot as skipped, like a slot missed while the bot was
 * down: the chat's next digest reads those rows and says what was not delivered (jobs/missed-digests.ts).
 */
import type { PrismaDb } from '../open-database.ts';

interface CancelledRow {
  kind: string;
  idempotencyKey: string;
}

/**
 * A unit digest's outbox key is its slot key; a steering digest's is `<slot key>:<plan id>`: both
 * candidates are looked up by slot key alone (a key names its job: "unit-digest:…", "steering-weekly:…").
 */
function slotKeysOf(rows: readonly CancelledRow[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) {
    if (row.kind !== 'digest') continue;
    keys.add(row.idempotencyKey);
    keys.add(row.idempotencyKey.slice(0, row.idempotencyKey.lastIndexOf(':')));
  }
  return [...keys];
}

export async function recordUndeliveredDigests(prisma: PrismaDb, rows: readonly CancelledRow[], reason: string): Promise<void> {
  const slotKeys = slotKeysOf(rows);
  if (slotKeys.length === 0) return;
  await prisma.jobRun.updateMany({
    where: { slotKey: { in: slotKeys }, status: 'done' },
    data: { status: 'skipped', detail: `not delivered: ${reason}`.slice(0, 500) },
  });
}
