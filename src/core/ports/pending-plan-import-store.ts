/**
 * Plan files sent in chat, checked and waiting for [Kích hoạt] or [Huỷ]. Shared by every instance and
 * kept across restarts; a pending import is decided at most once, and not after it expires.
 */
export interface PendingPlanImport {
  id: number;
  chatId: number;
  /** the messenger user who sent the file: only the secretariat may decide, this is for the record */
  userId: string;
  fileName: string;
  fileBytes: Uint8Array;
  planNumber: string;
  /** the difference shown when it was checked (planDiffFingerprint); null for rows kept from before */
  planFingerprint: string | null;
  createdAt: Date;
  expiresAt: Date;
}

export type PlanImportDecision = 'activated' | 'cancelled';

export type ClaimResult =
  | { claimed: true; pending: PendingPlanImport }
  /** already decided (by whom is in the audit log), expired, or never there */
  | { claimed: false; reason: PlanImportDecision | 'expired' | 'missing' };

export interface PendingPlanImportStore {
  /** Stores a checked file (and drops long-expired ones); returns its id for the buttons. */
  remember(pending: Omit<PendingPlanImport, 'id'>): Promise<number>;
  /**
   * Moves it from pending to `decision`; only one caller (on any instance) ever gets `claimed: true`.
   * An import staged in another chat is 'missing' here: it is decided where it was sent.
   */
  claim(id: number, chatId: number, decision: PlanImportDecision, now: Date): Promise<ClaimResult>;
  /** Puts a claimed import back to pending (activation failed half-way, so it may be tried again). */
  release(id: number): Promise<void>;
}
