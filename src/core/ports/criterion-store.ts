import type { Actor } from '../model/records.ts';
import type { Measurement } from '../criteria/judge-criterion.ts';

export interface CriterionRecord {
  id: number;
  planId: number;
  planNumber: string;
  code: string;
  text: string;
  target: string | null;
  unitOfMeasure: string | null;
  /** the responsible unit; null: any unit with a task in the plan */
  unitId: number | null;
  unitName: string | null;
  latest: (Measurement & { evidence: string | null; reportedBy: string; measuredAt: Date }) | null;
}

export interface CriterionStore {
  /** The criteria of active plans (not archived), in plan order, each with its latest measurement. */
  listCriteria(filter?: { planId?: number }): Promise<CriterionRecord[]>;
  /** Stores a measurement and an audit row in one transaction. */
  addMeasurement(input: { criterionId: number; measurement: Measurement; evidence: string | null; actor: Actor; at: Date }): Promise<void>;
}
