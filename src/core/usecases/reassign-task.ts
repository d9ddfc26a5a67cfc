import { t } from '../i18n/translate.ts';
import { noticeQuote } from '../text/excerpt.ts';
import type { UnitWithoutGroup } from './activate-plan.ts';
import type { Actor, ChatRecord, Locale, Role, TaskRecord, UnitRecord } from '../model/records.ts';
import { chooseAssignedUnits } from './choose-assigned-units.ts';
import { exampleUnitCode } from './example-unit-code.ts';
import { segmentUnitWords } from './segment-unit-words.ts';
import { notifyUnitChats } from './notify-unit-chats.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';
import { unknownTaskRefusal } from './refuse-archived.ts';
import { postUnitTasks } from './post-unit-tasks.ts';
import { closeFormerLeadAsks, reopenForNewLead } from './reopen-on-lead-change.ts';
import { refreshTaskCards, retireTaskCards } from './refresh-task-cards.ts';
import { checkSecretariat } from './secretariat-authority.ts';
import { withdrawExtensionRequests } from './withdraw-extension-requests.ts';

/** The units `/giao` typed: a lead and supporting units split by commas, or words to split by the directory. */
export type TypedUnits = { lead: string; support: string[] | null } | { words: string[] };

export type ReassignTaskResult =
  | {
      ok: true;
      task: TaskRecord;
      lead: UnitRecord;
      support: UnitRecord[];
      supportKept: boolean;
      /** units on the task with no active group: the task reaches them only once they connect one */
      unitsWithoutGroup: UnitWithoutGroup[];
    }
  | Refusal;

/**
 * `/giao`: sets the lead and supporting units; new units get the task posted, the others are told.
 * Every card of the task follows: the units kept read the new assignment, the units taken off read
 * that the task is no longer theirs.
 */
export async function reassignTask(
  ports: WorkflowPorts,
  /**
   * `units`: split by commas (`support` null: keep the task's supporting units), or the words typed with
   * no comma, split where each unit's code or name ends (segment-unit-words.ts)
   */
  input: { taskCode: string; units: TypedUnits; reason: string; chat: ChatRecord; isSecretariat: boolean; actor: Actor; now: Date },
): Promise<ReassignTaskResult> {
  const denied = checkSecretariat(input);
  if (denied) return denied;
  const task = await ports.stores.tasks.findTaskByCode(input.taskCode);
  if (!task) return unknownTaskRefusal(ports.stores.tasks, input.taskCode);
  const [units, groups] = await Promise.all([ports.stores.directory.listUnits(), ports.stores.directory.listUnitGroups(task.planId)]);
  const typed = 'words' in input.units ? segmentUnitWords(input.units.words, units, groups) : { ok: true as const, ...input.units };
  if (!typed.ok) return refuse('assign.unit_problem', { query: typed.query, example: exampleUnitCode(units, input.chat.locale) });
  const chosen = chooseAssignedUnits({ task, units, groups, lead: typed.lead, support: typed.support, locale: input.chat.locale });
  if (!chosen.ok) return chosen;
  const { lead, support } = chosen;
  const roles: { unitId: number; role: Role }[] = [{ unitId: lead.id, role: 'lead' }, ...support.map((u) => ({ unitId: u.id, role: 'support' as const }))];
  if (sameRoles(task, roles)) return unchanged(task, lead, support, input.chat.locale);
  const before = new Set(task.assignments.map((a) => a.unitId));
  const closing = await reopenForNewLead(ports, { task, newLeadId: lead.id, newLeadName: lead.name });
  const updated = await ports.stores.tasks.assignUnits(task.id, roles, input.reason, input.actor, input.now, closing?.reopen);
  if (closing) await closeFormerLeadAsks(ports, { task: updated, closing, reason: input.reason, actor: input.actor, now: input.now });
  const added = roles.filter((r) => !before.has(r.unitId)).map((r) => r.unitId);
  const removed = [...before].filter((id) => !roles.some((r) => r.unitId === id));
  await withdrawExtensionRequests(ports, { task, unitIds: removed, newLeadName: lead.name, reason: input.reason, actor: input.actor, now: input.now });
  // A unit given the task back already has its card (same outbox key, not posted again): that card is edited.
  for (const unitId of added) await postUnitTasks(ports, { unitId, now: input.now, tasks: [updated] });
  // The units that kept the task see its new lead and supporting units on their cards (a new unit's
  // fresh card is edited to the same text once it is out: harmless, the messenger keeps it as it is).
  await refreshTaskCards(ports, { task: updated, now: input.now });
  await retireTaskCards(ports, { task: updated, unitIds: removed, leadName: lead.name, now: input.now });
  const supportNames = support.map((u) => u.name).join(', ');
  // The units taken off are told in a line of their own that the task went to the new lead; the
  // units kept read the new assignment; a unit given the task reads why under its new card. A unit
  // without a connected group is told nothing.
  await notifyUnitChats(ports, {
    unitIds: [...new Set([...before, ...roles.map((r) => r.unitId)])],
    taskId: task.id,
    key: `assign:${task.id}:${input.now.getTime()}`,
    now: input.now,
    compose: (locale, unitId) => ({
      html: removed.includes(unitId)
        ? t(locale, 'assign.removed_notice', { code: task.code, title: task.title, lead: lead.name, reason: noticeQuote(input.reason) })
        : added.includes(unitId)
          ? t(locale, unitId === lead.id ? 'assign.added_lead_notice' : 'assign.added_support_notice', {
              code: task.code,
              title: task.title,
              lead: lead.name,
              reason: noticeQuote(input.reason),
            })
          : t(locale, 'assign.unit_notice', {
              code: task.code,
              title: task.title,
              lead: lead.name,
              support: supportNames ? `; ${t(locale, 'role.support')}: ${supportNames}` : '',
              reason: noticeQuote(input.reason),
            }),
    }),
  });
  return { ok: true, task: updated, lead, support, supportKept: chosen.supportKept, unitsWithoutGroup: await withoutGroup(ports, updated) };
}

function sameRoles(task: TaskRecord, roles: readonly { unitId: number; role: Role }[]): boolean {
  const key = (r: { unitId: number; role: Role }) => `${r.unitId}:${r.role}`;
  const now = new Set(task.assignments.map(key));
  return roles.length === now.size && roles.every((r) => now.has(key(r)));
}

/** The lead and supporting units the task already has: no audit line, no notice, and the secretariat is told so. */
function unchanged(task: TaskRecord, lead: UnitRecord, support: readonly UnitRecord[], locale: Locale): Refusal {
  const units = support.map((u) => u.name).join(', ');
  const supportText = units ? t(locale, 'assign.support_list', { units }) : t(locale, 'assign.support_none');
  return refuse('assign.unchanged', { code: task.code, lead: lead.name, support: supportText });
}

/** The task's units, lead first, that have no active unit group to receive it. */
async function withoutGroup(ports: WorkflowPorts, task: TaskRecord): Promise<UnitWithoutGroup[]> {
  const chats = await ports.stores.chats.listChats({ kind: 'unit', active: true, unitIds: task.assignments.map((a) => a.unitId) });
  const bound = new Set(chats.map((c) => c.unitId));
  return [...task.assignments]
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1))
    .filter((a) => !bound.has(a.unitId))
    .map((a) => ({ unitId: a.unitId, unitCode: a.unitCode, unitName: a.unitName, unitShortName: a.unitShortName }));
}
