/**
 * A unit reports a criterion's measurement (/tieuchi <mã> <giá trị> [ghi chú]): its own criteria, or
 * any criterion of a plan it has tasks in when the plan names no responsible unit.
 */
import { type Measurement, readMeasurement } from '../criteria/judge-criterion.ts';
import type { Actor, ChatRecord, Locale } from '../model/records.ts';
import type { CriterionRecord, CriterionStore } from '../ports/criterion-store.ts';
import type { TaskStore } from '../ports/task-store.ts';
import { foldVietnamese } from '../text/fold.ts';

export type RecordMeasurementResult =
  | { ok: true; criterion: CriterionRecord; measurement: Measurement; note: string | null }
  | { ok: false; reason: 'not_unit_chat' | 'unknown_criterion' | 'not_responsible' | 'missing_value'; criterion?: CriterionRecord }
  | { ok: false; reason: 'bad_value'; message: string; criterion: CriterionRecord };

/** "đạt ghi chú…", "chưa đạt ghi chú…", "85 ghi chú…" → the value and the note. */
export function splitValue(text: string): { value: string; note: string | null } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const two = foldVietnamese(words.slice(0, 2).join(' '));
  const take = two === 'chua dat' || two === 'khong dat' || two === 'not met' ? 2 : 1;
  const note = words.slice(take).join(' ');
  return { value: words.slice(0, take).join(' '), note: note || null };
}

export async function recordCriterionMeasurement(
  deps: { criteria: CriterionStore; tasks: Pick<TaskStore, 'listTasks'> },
  input: { code: string; text: string; chat: ChatRecord; actor: Actor; now: Date; locale?: Locale },
): Promise<RecordMeasurementResult> {
  const unitId = input.chat.kind === 'unit' ? input.chat.unitId : null;
  if (unitId === null) return { ok: false, reason: 'not_unit_chat' };
  const wanted = input.code.trim().toUpperCase();
  const criterion = (await deps.criteria.listCriteria()).find((c) => c.code.toUpperCase() === wanted);
  if (!criterion) return { ok: false, reason: 'unknown_criterion' };
  const allowed = criterion.unitId !== null ? criterion.unitId === unitId : (await deps.tasks.listTasks({ planId: criterion.planId, unitId })).length > 0;
  if (!allowed) return { ok: false, reason: 'not_responsible', criterion };
  const { value, note } = splitValue(input.text);
  if (!value) return { ok: false, reason: 'missing_value', criterion };
  const read = readMeasurement(criterion.target, value, input.locale);
  if (!read.ok) return { ok: false, reason: 'bad_value', message: read.error, criterion };
  await deps.criteria.addMeasurement({ criterionId: criterion.id, measurement: read.measurement, evidence: note, actor: input.actor, at: input.now });
  return { ok: true, criterion, measurement: read.measurement, note };
}
