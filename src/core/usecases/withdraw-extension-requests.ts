import { t } from '../i18n/translate.ts';
import type { Actor, TaskRecord } from '../model/records.ts';
import { formatDateTimeVi } from '../time/zone.ts';
import { closeExtensionAsks } from './close-extension-asks.ts';
import type { WorkflowPorts } from './ports.ts';

/**
 * `/giao` taking units off a task withdraws their extension requests still waiting: a unit no longer on the
 * task has no deadline to extend, and a decision on its request would be news for the new lead (the card's
 * "⏳ Đã xin gia hạn", a refusal sent to it). The steering group's ask says why it closed and loses its buttons.
 */
export async function withdrawExtensionRequests(
  ports: WorkflowPorts,
  /** `task` as it stood before the reassignment: the asking units and the lead they asked under */
  input: { task: TaskRecord; unitIds: number[]; newLeadName: string; reason: string; actor: Actor; now: Date },
): Promise<void> {
  if (input.unitIds.length === 0) return;
  const { task } = input;
  const pending = (await ports.stores.extensions.pendingForTask(task.id)).filter((r) => input.unitIds.includes(r.unitId));
  const formerLead = task.assignments.find((a) => a.role === 'lead');
  for (const open of pending) {
    const request = await ports.stores.extensions.decide(open.id, 'withdrawn', input.reason, input.actor, input.now);
    if (!request) continue; // decided meanwhile: that decision stands
    const asker = task.assignments.find((a) => a.unitId === request.unitId);
    const unitName = asker?.unitName ?? '';
    await closeExtensionAsks(ports, {
      request,
      task,
      unitName,
      role: asker?.role ?? null,
      leadName: formerLead?.unitName ?? '',
      now: input.now,
      line: (locale) =>
        t(locale, 'ext.withdrawn_line', {
          unit: unitName,
          lead: input.newLeadName,
          at: formatDateTimeVi(input.now),
          by: input.actor.name ?? input.actor.id,
        }),
    });
  }
}
