/**
 * A document sent again is mostly the same document. A drafted duty that took a current task's code
 * (reuseCurrentCodes) and whose clause the document still has word for word is the task the committee
 * already reviewed: it keeps that task's title, units, dates and phase as the committee set them, so
 * importing it changes nothing. Only clauses the document changed bring the drafter's reading.
 */
import { foldVietnamese } from '../text/fold.ts';
import type { PlanFile } from './plan-schema.ts';

/** The words of a clause in order, folded: spacing, punctuation and case do not make a clause another. */
export const clauseText = (clause: string) =>
  foldVietnamese(clause)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');

/** Words the drafter may add around the same clause ("… cụ thể như sau:"), never a date or a number. */
const MAX_EXTRA_SHARE = 0.2;

/**
 * The same clause: equal, or one inside the other with a short tail or head of words and no number in
 * it (a number there may be a date the other lacks).
 */
export function isSameClause(left: string, right: string): boolean {
  const [a, b] = [clauseText(left), clauseText(right)];
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const at = long.indexOf(short);
  if (at < 0) return false;
  const extra = `${long.slice(0, at)} ${long.slice(at + short.length)}`;
  return extra.trim().length <= long.length * MAX_EXTRA_SHARE && !/\d/.test(extra);
}

export function keepUnchangedDuties(
  file: PlanFile,
  input: { current: PlanFile | undefined; matched: ReadonlySet<string> },
): { file: PlanFile; kept: number; keptCodes: ReadonlySet<string> } {
  const byCode = new Map((input.current?.tasks ?? []).map((task) => [task.code, task]));
  const keptCodes = new Set<string>();
  const tasks = file.tasks.map((task) => {
    const filed = input.matched.has(task.code) ? byCode.get(task.code) : undefined;
    if (!filed || !isSameClause(task.source, filed.source)) return task;
    keptCodes.add(task.code);
    return filed;
  });
  if (keptCodes.size === 0 || !input.current) return { file, kept: 0, keptCodes };
  return { file: withWhatTheyName({ ...file, tasks }, input.current, keptCodes), kept: keptCodes.size, keptCodes };
}

/** The units, groups and phases the kept tasks name that the draft lacks, taken from the plan followed. */
function withWhatTheyName(file: PlanFile, current: PlanFile, kept: ReadonlySet<string>): PlanFile {
  const keptTasks = file.tasks.filter((task) => kept.has(task.code));
  const named = new Set(keptTasks.flatMap((task) => [task.lead, ...(task.support ?? [])]));
  const groups = file.config?.groups ?? [];
  const missingGroups = (current.config?.groups ?? []).filter((group) => named.has(group.code) && !groups.some((g) => g.code === group.code));
  for (const group of missingGroups) for (const member of group.members) named.add(member);
  const units = current.units.filter((unit) => named.has(unit.code) && !file.units.some((u) => u.code === unit.code));
  const phaseCodes = new Set(keptTasks.map((task) => task.phase).filter((code) => code !== undefined));
  const phases = (current.phases ?? []).filter((phase) => phaseCodes.has(phase.code) && !(file.phases ?? []).some((p) => p.code === phase.code));
  return {
    ...file,
    units: [...file.units, ...units],
    ...(phases.length > 0 ? { phases: [...(file.phases ?? []), ...phases] } : {}),
    ...(missingGroups.length > 0 ? { config: { ...file.config, groups: [...groups, ...missingGroups] } } : {}),
  };
}
