import type { Recurrence } from '../deadline/types.ts';

/**
 * A plan drafted from its Vietnamese text. Everything the drafter is not sure of carries
 * `review: true` and a Vietnamese note saying why, so the secretariat checks it instead of trusting a guess.
 */
export interface Reviewable {
  review: boolean;
  reviewNotes: string[];
}

export type DraftUnitKind = 'police' | 'party' | 'government' | 'mass_org' | 'department' | 'steering' | 'other';

export interface DraftHeader extends Reviewable {
  /** "45/KH-BCĐ" */
  number?: string;
  /** document kind as printed: "KẾ HOẠCH" */
  kind?: string;
  title?: string;
  /** full name of the issuing body */
  issuer?: string;
  /** short name the text uses for the issuer ("gọi tắt là …") */
  issuerShort?: string;
  /** code of the issuer among the discovered units */
  issuerCode?: string;
  place?: string;
  /** yyyy-MM-dd */
  issueDate?: string;
  /** target area: "Phường 5" */
  area?: string;
}

export interface DraftUnit extends Reviewable {
  code: string;
  name: string;
  aliases: string[];
  kind: DraftUnitKind;
  mentions: number;
}

/** A collective mention ("các ngành, đoàn thể cùng cấp"): its members are not known from the text. */
export interface DraftGroup extends Reviewable {
  code: string;
  name: string;
  aliases: string[];
}

export interface DraftDeadline {
  kind: 'due' | 'period' | 'recurrence';
  /** the phrase as written */
  text: string;
  /** how it was read, in Vietnamese */
  reading: string;
  /** local dates yyyy-MM-dd */
  start?: string;
  due?: string;
  recurrence?: Recurrence;
  approximate?: boolean;
}

export interface DraftSubPeriod extends Reviewable {
  code: string;
  name: string;
  start: string;
  end: string;
  approximate: boolean;
}

export interface DraftPhase extends Reviewable {
  code: string;
  /** "Giai đoạn 1" */
  name: string;
  order: number;
  start?: string;
  end?: string;
  deadline?: DraftDeadline;
  subPeriods: DraftSubPeriod[];
  source: string;
}

export interface DraftTask extends Reviewable {
  code: string;
  title: string;
  body: string;
  /** the exact text of the plan this task comes from */
  source: string;
  /** "II.2.1" */
  section: string;
  phase?: string;
  /** unit or group code */
  lead?: string;
  support: string[];
  deadline?: DraftDeadline;
}

export interface DraftCriterion extends Reviewable {
  code: string;
  text: string;
  kind: 'common' | 'specific' | 'target';
  target?: string;
  unitOfMeasure?: string;
}

export interface PlanDraft {
  header: DraftHeader;
  units: DraftUnit[];
  groups: DraftGroup[];
  phases: DraftPhase[];
  tasks: DraftTask[];
  criteria: DraftCriterion[];
}
