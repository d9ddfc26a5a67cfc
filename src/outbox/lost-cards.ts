/**
 * A task card whose message Telegram says is gone (a member deleted it, or it can no longer be edited).
 * Retrying the edit on every later change only collects 400s, so the sender decides once:
 * - the first loss of a card the unit still reports through (status buttons): a fresh card is posted,
 *   quietly, and later edits go to it, so the group keeps one live card of the task;
 * - a card with nothing left to do (closed, archived, taken off the unit), or a replacement lost again:
 *   the card is dead and never edited nor posted again; /nhiemvu still lists the task.
 */
import type { OutgoingMessage } from '../core/model/outgoing.ts';
import type { ClaimedMessage, EditTarget } from '../core/ports/outbox-queue.ts';

/** A card with status buttons is one the unit acts on; a closed task's card keeps only [Chi tiết]. */
export function isFreshCardWorthPosting(target: EditTarget, message: OutgoingMessage | null): message is OutgoingMessage {
  if (target.cardReplacedAt !== null || !message) return false;
  return (message.buttons ?? []).flat().length > 1;
}

/** The edit row as a new card: linked to its task like a posted card, so a reply to it finds the task. */
export function lostCardLink(row: ClaimedMessage): ClaimedMessage {
  if (!row.card || row.card.unitId === undefined) return row;
  return { ...row, link: { taskId: row.card.taskId, unitId: row.card.unitId }, sentMessageIds: [] };
}
