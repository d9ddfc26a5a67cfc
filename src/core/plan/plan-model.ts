import type { BeforeBoundary, Recurrence } from '../deadline/types.ts';
import type { CRITERION_KINDS, UNIT_KINDS } from './plan-schema.ts';

/** The validated, normalised plan. Local dates are yyyy-MM-dd in Asia/Ho_Chi_Minh; instants are absolute. */
export interface Plan {
  number: string;
  issuer: string;
  issueDate: string;
  place?: string;
  title: string;
  area?: string;
  config: PlanConfig;
  units: PlanUnit[];
  phases: PlanPhase[];
  tasks: PlanTask[];
  criteria: PlanCriterion[];
}

export type UnitKind = (typeof UNIT_KINDS)[number];
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export interface PlanConfig {
  beforeBoundary: BeforeBoundary;
  groups: UnitGroup[];
}

/** A collective mention ("các ngành, đoàn thể cùng cấp") and the units it stands for in this plan. */
export interface UnitGroup {
  code: string;
  name: string;
  aliases: string[];
  members: string[];
  review: boolean;
  notes?: string;
}

export interface PlanUnit {
  code: string;
  name: string;
  shortNames: string[];
  aliases: string[];
  kind: UnitKind;
  parent?: string;
}

export interface PlanPeriod {
  code: string;
  name: string;
  startDate: string;
  endDate: string;
  start: Date;
  /** end of the last local day (or the given time) */
  end: Date;
  review: boolean;
  notes?: string;
}

export interface PlanPhase extends PlanPeriod {
  order: number;
  subPeriods: PlanPeriod[];
}

export interface PlanTask {
  code: string;
  title: string;
  body?: string;
  /** the clause of the plan the task came from, verbatim */
  source: string;
  section?: string;
  phaseCode?: string;
  lead: string;
  /** support unit codes, collective groups expanded */
  support: string[];
  /** group codes named in `support`, kept to show "các ngành, đoàn thể cùng cấp" as written */
  supportGroups: string[];
  startDate?: string;
  start?: Date;
  /** local date of the due day */
  deadlineDate?: string;
  deadline?: Date;
  deadlineText?: string;
  recurrence?: Recurrence;
  review: boolean;
  notes?: string;
}

export interface CriterionTarget {
  op: '>=' | '<=' | '>' | '<' | '=';
  value: number;
  text: string;
}

export interface PlanCriterion {
  code: string;
  text: string;
  kind: CriterionKind;
  target?: CriterionTarget;
  unitOfMeasure?: string;
  baseline?: number | string;
  /** the unit responsible for measuring it; none: any unit of the plan may report */
  unitCode?: string;
  notes?: string;
}

export type PlanPath = ReadonlyArray<string | number>;

/** A problem found in a plan file, before it is placed on a line. */
export interface PlanProblem {
  severity: 'error' | 'warning';
  path: PlanPath;
  message: string;
  messageEn: string;
}

/** `tasks[3].lead` */
export function formatPlanPath(path: PlanPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
