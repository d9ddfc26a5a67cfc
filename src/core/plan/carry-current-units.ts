import type { UnitRecord } from '../model/records.ts';
import { type PlanFile, UNIT_KINDS } from './plan-schema.ts';
import type { CurrentTask } from './reuse-current-codes.ts';

type PlanUnit = PlanFile['units'][number];
type PlanTask = PlanFile['tasks'][number];

/**
 * A plan sent again (a new version of the one being followed): a drafted duty that took a current task's
 * code (reuseCurrentCodes) gets the lead and support units the secretariat had set on that task, so the
 * review workbook does not undo their decisions. Each duty given units it did not draft says so, with
 * what the new document named, in its review notes; a changed lead is also marked for review. Units the
 * draft did not list are added to the units sheet. Returns the file and how many duties were changed.
 */
export function carryCurrentUnits(
  file: PlanFile,
  input: { current: readonly CurrentTask[]; matched: ReadonlySet<string>; known: readonly UnitRecord[] },
): { file: PlanFile; carried: number } {
  const byCode = new Map(input.current.map((task) => [task.code, task]));
  const known = new Map(input.known.map((unit) => [unit.code, unit]));
  const units = [...file.units];
  const listed = new Set(units.map((unit) => unit.code));
  // a unit the directory no longer has cannot go in the units sheet: the draft's own stays
  const usable = (code: string) => listed.has(code) || known.has(code);
  const list = (code: string) => {
    const unit = known.get(code);
    if (listed.has(code) || !unit) return;
    units.push(asPlanUnit(unit));
    listed.add(code);
  };
  let carried = 0;
  const tasks = file.tasks.map((task) => {
    const current = input.matched.has(task.code) ? byCode.get(task.code) : undefined;
    if (!current) return task;
    const lead = current.lead && current.lead !== task.lead && usable(current.lead) ? current.lead : task.lead;
    const drafted = task.support ?? [];
    // none set: the new document's own supports stand (a new version may add some)
    const support = (current.support?.length ? current.support.filter(usable) : drafted).filter((code) => code !== lead);
    if (lead === task.lead && sameUnits(support, drafted)) return task;
    for (const code of [lead, ...support]) list(code);
    carried++;
    const notes = [...(task.review_notes ?? [])];
    if (lead !== task.lead) notes.push(`Chủ trì lấy theo kế hoạch đang theo dõi (nhiệm vụ ${current.code}); văn bản mới ghi: ${task.lead}.`);
    if (!sameUnits(support, drafted)) {
      notes.push(`Đơn vị phối hợp lấy theo kế hoạch đang theo dõi (nhiệm vụ ${current.code}); văn bản mới ghi: ${drafted.join('; ') || 'không có'}.`);
    }
    const { support: _drafted, ...rest } = task;
    const changed: PlanTask = { ...rest, lead, ...(support.length > 0 ? { support } : {}), review_notes: notes };
    return lead !== task.lead ? { ...changed, review: true } : changed;
  });
  return carried === 0 ? { file, carried } : { file: { ...file, units, tasks }, carried };
}

function sameUnits(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code) => b.includes(code));
}

function asPlanUnit(unit: UnitRecord): PlanUnit {
  const kind = (UNIT_KINDS as readonly string[]).includes(unit.kind) ? (unit.kind as PlanUnit['kind']) : 'other';
  return {
    code: unit.code,
    name: unit.name,
    ...(unit.shortName && unit.shortName !== unit.name ? { short_names: [unit.shortName] } : {}),
    ...(unit.aliases.length > 0 ? { aliases: [...unit.aliases] } : {}),
    kind,
  };
}
