import type { UnitRecord } from '../model/records.ts';
import type { UnitGroup } from '../plan/plan-model.ts';
import { resolveUnit } from '../units/resolve-unit.ts';
import { buildUnitDirectory } from '../units/unit-directory.ts';

/** What a typed unit names: one unit, or a plan's collective group ("CTXH_P5") standing for its member units. */
export type FoundUnits = { kind: 'unit'; unit: UnitRecord } | { kind: 'group'; code: string; name: string; members: UnitRecord[] };

/** A unit or collective group the user typed (code, alias or name), or null when it is unknown or ambiguous. */
export function findUnits(units: readonly UnitRecord[], groups: readonly UnitGroup[], query: string): FoundUnits | null {
  const directory = buildUnitDirectory(
    units.map((u) => ({ code: u.code, name: u.name, aliases: u.aliases })),
    groups.map((g) => ({ code: g.code, name: g.name, aliases: g.aliases, members: g.members })),
  );
  const resolution = resolveUnit(query, directory);
  if (resolution.kind === 'unit') {
    const unit = units.find((u) => u.code === resolution.unitCode);
    return unit ? { kind: 'unit', unit } : null;
  }
  if (resolution.kind !== 'group') return null;
  const members = resolution.members.flatMap((code) => units.filter((u) => u.code === code));
  if (members.length === 0) return null;
  const group = groups.find((g) => g.code === resolution.groupCode);
  return { kind: 'group', code: resolution.groupCode, name: group?.name ?? resolution.groupCode, members };
}
