import type { UnitRecord } from '../model/records.ts';
import type { UnitGroup } from '../plan/plan-model.ts';

export interface DirectoryStore {
  listUnits(): Promise<UnitRecord[]>;
  findUnitByCode(code: string): Promise<UnitRecord | null>;
  getUnit(id: number): Promise<UnitRecord | null>;
  /** The collective groups ("các tổ chức chính trị - xã hội cùng cấp") the plan defines; none for an unknown plan. */
  listUnitGroups(planId: number): Promise<UnitGroup[]>;
}
