/**
 * A plan drafted from a document names units in its own words and invents codes for them ("CA_P5"
 * for Công an Phường 5). When the committee already has that unit ("CAP5", bound to its group), the
 * draft must use it, or importing creates a second Công an Phường 5 that no group is bound to.
 * Matching is by name, short name, alias or code, without accents or case.
 */
import type { UnitRecord } from '../model/records.ts';
import { foldVietnamese } from '../text/fold.ts';
import { type PlanFile, UNIT_KINDS } from './plan-schema.ts';

type PlanUnit = PlanFile['units'][number];

/** A name as matched: without accents or case, spaces collapsed. */
export const keyOf = (text: string) => foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').trim();

function knownIndex(known: readonly UnitRecord[]): Map<string, UnitRecord> {
  const index = new Map<string, UnitRecord>();
  for (const unit of known) {
    for (const name of [unit.code, unit.name, unit.shortName ?? '', ...unit.aliases]) {
      const key = keyOf(name);
      if (key && !index.has(key)) index.set(key, unit);
    }
  }
  return index;
}

function asPlanUnit(unit: UnitRecord, drafted: PlanUnit): PlanUnit {
  const kind = (UNIT_KINDS as readonly string[]).includes(unit.kind) ? (unit.kind as PlanUnit['kind']) : drafted.kind;
  const aliases = [...new Set([...unit.aliases, ...(drafted.name !== unit.name ? [drafted.name] : [])])];
  return {
    code: unit.code,
    name: unit.name,
    ...(unit.shortName && unit.shortName !== unit.name ? { short_names: [unit.shortName] } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    kind,
    ...(drafted.parent ? { parent: drafted.parent } : {}),
  };
}

export function adoptKnownUnits(plan: PlanFile, known: readonly UnitRecord[]): PlanFile {
  if (known.length === 0) return plan;
  const index = knownIndex(known);
  const renamed = new Map<string, string>();
  const units: PlanUnit[] = [];
  for (const unit of plan.units) {
    const match = [unit.code, unit.name, ...(unit.short_names ?? []), ...(unit.aliases ?? [])].map((name) => index.get(keyOf(name))).find(Boolean);
    const adopted = match ? asPlanUnit(match, unit) : unit;
    if (match) renamed.set(unit.code, match.code);
    if (!units.some((u) => u.code === adopted.code)) units.push(adopted);
  }
  if (renamed.size === 0) return plan;
  const code = (c: string) => renamed.get(c) ?? c;
  const tasks = plan.tasks.map((task) => {
    const lead = code(task.lead);
    const support = [...new Set((task.support ?? []).map(code))].filter((c) => c !== lead);
    return { ...task, lead, ...(task.support ? { support } : {}) };
  });
  const groups = plan.config?.groups?.map((group) => ({ ...group, members: [...new Set(group.members.map(code))] }));
  return {
    ...plan,
    units: units.map((unit) => (unit.parent ? { ...unit, parent: code(unit.parent) } : unit)),
    tasks,
    ...(plan.criteria ? { criteria: plan.criteria.map((c) => (c.unit ? { ...c, unit: code(c.unit) } : c)) } : {}),
    ...(plan.config ? { config: { ...plan.config, ...(groups ? { groups } : {}) } } : {}),
  } as PlanFile;
}
