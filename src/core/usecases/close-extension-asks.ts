import { t } from '../i18n/translate.ts';
import { noticeQuote } from '../text/excerpt.ts';
import type { Locale, TaskRecord } from '../model/records.ts';
import type { ExtensionRequestRecord } from '../ports/extension-store.ts';
import { formatDateVi } from '../time/zone.ts';
import { steeringChats, unitChats } from './chats-of.ts';
import { dateOrNone } from './move-deadline.ts';
import type { WorkflowPorts } from './ports.ts';
import { extensionAskKey } from './request-extension.ts';

/**
 * Every steering group's ask for an extension is edited to the ask as it was put (the unit by name, even one
 * /giao has since taken off the task) and a line saying how it closed, without its buttons.
 */
export async function closeExtensionAsks(
  ports: WorkflowPorts,
  input: {
    request: ExtensionRequestRecord;
    /** the task as it stood when the ask closed (its deadline before any move) */
    task: TaskRecord;
    unitName: string;
    /** the asking unit's role and its lead then: a supporting unit's ask names the lead */
    role: 'lead' | 'support' | null;
    leadName: string;
    now: Date;
    line: (locale: Locale) => string;
  },
): Promise<void> {
  const { request, task } = input;
  // Written again as it was put: "(đã được báo)" only if the lead's group could be told (then, or when it connected).
  const lead = task.assignments.find((a) => a.role === 'lead');
  const leadReached = lead !== undefined && (await unitChats(ports, lead.unitId)).length > 0;
  const key = input.role !== 'support' ? 'ext.steering_ask' : leadReached ? 'ext.steering_ask_support' : 'ext.steering_ask_support_unreached';
  for (const chat of await steeringChats(ports)) {
    const ask = extensionAskKey(request.id, chat.id);
    const asked = t(chat.locale, key, {
      unit: input.unitName,
      lead: input.leadName,
      code: task.code,
      title: task.title,
      from: dateOrNone(task.dueAt, chat.locale),
      to: formatDateVi(request.requestedDueAt),
      reason: noticeQuote(request.reason),
    });
    await ports.outbox.enqueue({
      chatId: chat.id,
      kind: 'notice',
      idempotencyKey: `${ask}:closed`,
      message: { html: `${asked}\n${input.line(chat.locale)}` },
      notBefore: input.now,
      edits: ask,
    });
  }
}
