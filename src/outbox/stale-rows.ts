/**
 * Rows that must not go out any more, asked just before sending: a message worded for a moment that
 * has passed, or a nudge no longer owed. They are cancelled, never sent late. A row whose first parts
 * are already out is never stale: a message is delivered whole (a weekly digest without its chart, or
 * cut after its first part, would leave the chat with half a message and no word of the rest).
 */
import { nudgeDayOfKey } from '../core/nudges/plan-nudges.ts';
import type { ClaimedMessage } from '../core/ports/outbox-queue.ts';
import type { QueuedNudgeCheck } from '../core/ports/queued-nudge-check.ts';
import { localDateKey } from '../core/time/zone.ts';

/** Why the row is stale (the cancel reason), or null to send it. */
export async function staleReason(row: ClaimedMessage, now: Date, nudges: QueuedNudgeCheck | undefined): Promise<string | null> {
  if (row.sentMessageIds.length > 0) return null;
  // A digest speaks of the state at its slot ("Tổng hợp tuần … 17/03"): past its relevance the next one says it better.
  if (row.expiresAt !== null && now.getTime() > row.expiresAt.getTime()) return `stale: past ${row.expiresAt.toISOString()}`;
  if (row.kind !== 'nudge') return null;
  // A nudge says "hôm nay", "còn 1 ngày" of the day it was worded for: past that day it would lie.
  const nudgeDay = nudgeDayOfKey(row.idempotencyKey);
  if (nudgeDay !== null && nudgeDay < localDateKey(now)) return `stale nudge of ${nudgeDay}`;
  // …and one the unit has answered since it was queued (reported done) would ask for what is done.
  if (nudges && !(await nudges.stillDue(row.idempotencyKey, now))) return 'nudge no longer due: reported since it was queued';
  return null;
}
