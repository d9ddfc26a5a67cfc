import { noticeQuote } from '../text/excerpt.ts';
/**
 * A blocker notice in the steering group carries [Gỡ vướng]. When the blocker ends (the unit reports
 * again, the secretariat resolves it, the task is confirmed, the report is undone) every copy of the
 * notices of that unit's blocker is edited to say so, without the button, as a decided "done" ask is
 * (steering-done-ask.ts): nobody presses a button whose blocker is gone. Where the messenger cannot
 * edit (Zalo), nothing is sent: the change itself was announced already.
 */
import { t } from '../i18n/translate.ts';
import type { Locale, TaskRecord } from '../model/records.ts';
import { steeringChats } from './chats-of.ts';
import type { WorkflowPorts } from './ports.ts';

/** The outbox key of the notice that asks a steering group to help with one "vướng mắc" report. */
export function blockerNoticeKey(reportId: number, chatId: number): string {
  return `blocker:${reportId}:${chatId}`;
}

/** The units whose blocker the change from `before` to `after` ended (its part left "vướng mắc", or the task closed). */
function endedBlockerUnits(before: TaskRecord, after: TaskRecord): number[] {
  return before.assignments
    .filter((a) => a.status === 'blocked')
    .filter((a) => after.status === 'done' || after.assignments.find((b) => b.unitId === a.unitId)?.status !== 'blocked')
    .map((a) => a.unitId);
}

export async function closeBlockerNotices(
  ports: WorkflowPorts,
  input: { before: TaskRecord; after: TaskRecord; now: Date; ended: (locale: Locale) => string },
): Promise<void> {
  const units = endedBlockerUnits(input.before, input.after);
  if (units.length === 0) return;
  const { after: task } = input;
  // every "vướng mắc" report of those units: a notice closed before keeps its key, so enqueueing it again changes nothing
  const blocked = (await ports.stores.reports.history(task.id, 500)).filter((r) => r.status === 'blocked' && units.includes(r.unitId));
  const chats = await steeringChats(ports);
  for (const report of blocked) {
    const unit = input.before.assignments.find((a) => a.unitId === report.unitId);
    for (const chat of chats) {
      const key = blockerNoticeKey(report.id, chat.id);
      const notice = t(chat.locale, 'steering.blocker', {
        unit: unit?.unitName ?? report.unitCode,
        code: task.code,
        title: task.title,
        note: report.note ? noticeQuote(report.note) : t(chat.locale, 'steering.no_note'),
      });
      await ports.outbox.enqueue({
        chatId: chat.id,
        kind: 'notice',
        idempotencyKey: `${key}:closed`,
        message: { html: `${notice}\n${input.ended(chat.locale)}` },
        notBefore: input.now,
        edits: key,
        editOnly: true,
      });
    }
  }
}
