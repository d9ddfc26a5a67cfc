import { resolveBlockerPayload, statusPayload } from '../actions/action-payload.ts';
import { noticeQuote } from '../text/excerpt.ts';
import { t } from '../i18n/translate.ts';
import type { ReportRecord, TaskRecord } from '../model/records.ts';
import { formatDateTimeVi } from '../time/zone.ts';
import { steeringChats } from './chats-of.ts';
import type { WorkflowPorts } from './ports.ts';
import { composeDoneAsk, doneAskButtons, doneAskKey, doneOccurrence } from './steering-done-ask.ts';
import { blockerNoticeKey } from './close-blocker-notices.ts';

/** How long a "Vướng mắc" without a reason waits for it before the steering group is told without one. */
export const BLOCKER_REASON_WAIT_MS = 10 * 60_000;

/**
 * A lead's "done" asks the steering group to confirm; a blocker asks for its help. A blocker report continuing a
 * run (`runStart`: the unit was still blocked) is no new alert: the run's first notice is edited in place to say
 * the unit is still blocked, with its latest words (an edit notifies nobody; where messages cannot be edited
 * nothing is sent, the words are in /chitiet).
 */
export async function notifySteeringOfReport(
  ports: WorkflowPorts,
  input: { report: ReportRecord; task: TaskRecord; unitName: string; now: Date; runStart?: ReportRecord | null },
): Promise<void> {
  const { report, task } = input;
  const runStart = report.status === 'blocked' ? (input.runStart ?? null) : null;
  // a recurring duty's "done" is asked about with the occurrence it was made for, as its card names it
  const occurrence = report.status === 'done' ? await doneOccurrence(ports, task, report) : null;
  for (const chat of await steeringChats(ports)) {
    const locale = chat.locale;
    const isDone = report.status === 'done';
    const blockerNotice = (of: ReportRecord) =>
      t(locale, 'steering.blocker', {
        unit: input.unitName,
        code: task.code,
        title: task.title,
        note: of.note ? noticeQuote(of.note) : t(locale, 'steering.no_note'),
      });
    const html = isDone
      ? composeDoneAsk(locale, { unitName: input.unitName, task, report, occurrence })
      : runStart
        ? `${blockerNotice(runStart)}\n${t(locale, 'steering.still_blocked', { at: formatDateTimeVi(report.createdAt), note: report.note ? noticeQuote(report.note) : t(locale, 'steering.no_note') })}`
        : blockerNotice(report);
    const buttons = isDone
      ? doneAskButtons(locale, task)
      : [
          [
            { text: t(locale, 'button.resolve_blocker'), data: resolveBlockerPayload(task.id), fallback: `/gotvuong ${task.code}` },
            { text: t(locale, 'button.detail'), data: statusPayload(task.id, 'dt'), fallback: `/chitiet ${task.code}` },
          ],
        ];
    if (runStart && !runStart.note && report.note) {
      // The reason asked for after a bare "Vướng mắc": the notice still waiting is sent now, with it (once).
      const replaced = await ports.outbox.replaceWaiting({
        chatId: chat.id,
        kind: 'notice',
        idempotencyKey: blockerNoticeKey(runStart.id, chat.id),
        message: { html: blockerNotice(report), buttons },
        notBefore: input.now,
        link: { taskId: task.id, unitId: report.unitId },
      });
      if (replaced) continue;
    }
    if (runStart) {
      const first = blockerNoticeKey(runStart.id, chat.id);
      await ports.outbox.enqueue({
        chatId: chat.id,
        kind: 'notice',
        idempotencyKey: `${first}:still`,
        message: { html, buttons },
        notBefore: input.now,
        edits: first,
        editOnly: true,
        latest: true,
      });
      continue;
    }
    await ports.outbox.enqueue({
      chatId: chat.id,
      kind: 'notice',
      idempotencyKey: isDone ? doneAskKey(report.id, chat.id) : blockerNoticeKey(report.id, chat.id),
      message: { html, buttons },
      // a blocker with no reason: the unit is asked for it first, the committee told once it comes (or the wait ends)
      notBefore: !isDone && !report.note ? new Date(input.now.getTime() + BLOCKER_REASON_WAIT_MS) : input.now,
      link: { taskId: task.id, unitId: report.unitId },
    });
  }
}
