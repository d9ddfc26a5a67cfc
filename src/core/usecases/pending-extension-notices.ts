import { t } from '../i18n/translate.ts';
import { noticeQuote } from '../text/excerpt.ts';
import type { ChatRecord } from '../model/records.ts';
import type { EnqueueInput } from '../ports/outbox.ts';
import { formatDateVi } from '../time/zone.ts';
import { dateOrNone } from './move-deadline.ts';
import type { WorkflowPorts } from './ports.ts';
import { extensionLeadNoticeKey } from './request-extension.ts';

/**
 * A supporting unit may ask for an extension before the lead unit has a group: the lead could not be
 * told then, so it is told when a group of its connects, for every request still undecided. The key is
 * the one the notice would have had, so a group told at the time is not told twice.
 */
export async function pendingExtensionNotices(ports: WorkflowPorts, input: { unitId: number; chat: ChatRecord; now: Date }): Promise<EnqueueInput[]> {
  const notices: EnqueueInput[] = [];
  const locale = input.chat.locale;
  for (const request of await ports.stores.extensions.listPending()) {
    if (request.unitId === input.unitId) continue;
    const task = await ports.stores.tasks.getTask(request.taskId);
    const lead = task?.assignments.find((a) => a.role === 'lead');
    const asker = task?.assignments.find((a) => a.unitId === request.unitId);
    if (!task || !lead || !asker || lead.unitId !== input.unitId) continue;
    const notice = t(locale, 'ext.lead_notice', {
      unit: asker.unitName,
      code: task.code,
      title: task.title,
      from: dateOrNone(task.dueAt, locale),
      to: formatDateVi(request.requestedDueAt),
      reason: noticeQuote(request.reason),
    });
    notices.push({
      chatId: input.chat.id,
      kind: 'notice',
      idempotencyKey: `${extensionLeadNoticeKey(request.id)}:${input.chat.id}`,
      message: { html: `${notice}\n${t(locale, 'ext.lead_notice_late', { at: formatDateVi(request.createdAt) })}` },
      notBefore: input.now,
    });
  }
  return notices;
}
