import { resolveBlockerPayload, statusPayload } from '../actions/action-payload.ts';
import { t } from '../i18n/translate.ts';
import type { ReportRecord, TaskRecord } from '../model/records.ts';
import { steeringChats } from './chats-of.ts';
import type { WorkflowPorts } from './ports.ts';
import { composeDoneAsk, doneAskButtons, doneAskKey } from './steering-done-ask.ts';
import { blockerNoticeKey } from './close-blocker-notices.ts';

/** A lead's "done" asks the steering group to confirm; a blocker asks for its help. */
export async function notifySteeringOfReport(
  ports: WorkflowPorts,
  input: { report: ReportRecord; task: TaskRecord; unitName: string; now: Date },
): Promise<void> {
  const { report, task } = input;
  for (const chat of await steeringChats(ports)) {
    const locale = chat.locale;
    const isDone = report.status === 'done';
    const html = isDone
      ? composeDoneAsk(locale, { unitName: input.unitName, task, report })
      : t(locale, 'steering.blocker', {
          unit: input.unitName,
          code: task.code,
          title: task.title,
          note: report.note ?? t(locale, 'steering.no_note'),
        });
    const buttons = isDone
      ? doneAskButtons(locale, task)
      : [
          [
            { text: t(locale, 'button.resolve_blocker'), data: resolveBlockerPayload(task.id), fallback: `/gotvuong ${task.code}` },
            { text: t(locale, 'button.detail'), data: statusPayload(task.id, 'dt'), fallback: `/chitiet ${task.code}` },
          ],
        ];
    await ports.outbox.enqueue({
      chatId: chat.id,
      kind: 'notice',
      idempotencyKey: isDone ? doneAskKey(report.id, chat.id) : blockerNoticeKey(report.id, chat.id),
      message: { html, buttons },
      notBefore: input.now,
      link: { taskId: task.id, unitId: report.unitId },
    });
  }
}
