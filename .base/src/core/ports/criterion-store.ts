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
  /** evidence files units sent for it (replies to its message) */
  evidenceCount: number;
  latest: (Measurement & { evidence: string | null; reportedBy: string; measuredAt: Date }) | null;
}

export interface CriterionEvidenceInput {
  criterionId: number;
  unitId: number | null;
  kind: 'photo' | 'document';
  fileId: string;
  fileUniqueId: string | null;
  fileName: string | null;
  mimeType: string | null;
  caption: string | null;
  uploaderId: string;
  at: Date;
}

export interface CriterionStore {
  /** The criteria of active plans (not archived), in plan order, each with its latest measurement. */
  listCriteria(filter?: { planId?: number }): Promise<CriterionRecord[]>;
  /** Stores a measurement and an audit row in one transaction. */
  addMeasurement(input: { criterionId: number; measurement: Measurement; evidence: string | null; actor: Actor; at: Date }): Promise<void>;
  /** Links a bot message in a chat to the criterion it shows, so a reply to it reports that criterion. */
  recordCriterionMessage(input: { criterionId: number; chatId: number; messageId: string }): Promise<void>;
  /** The criterion a bot message in this chat shows, or null. */
  findCriterionByMessage(chatId: number, messageId: string): Promise<CriterionRecord | null>;
  /** Stores a file sent as evidence for a criterion (and an audit row); returns how many the criterion now has. */
  addEvidence(input: CriterionEvidenceInput): Promise<number>;
}
