/** Bookkeeping that makes the bot safe to restart and to run twice. */
export interface UpdateLog {
  /** True the first time a key is seen; false for a redelivered update. */
  markProcessed(key: string, at: Date): Promise<boolean>;
}

export interface JobSlots {
  /** Claims (job, slot) once across restarts and processes; false if already claimed. */
  claimSlot(job: string, slotKey: string, owner: string, at: Date): Promise<boolean>;
  finishSlot(job: string, slotKey: string, status: 'done' | 'failed' | 'skipped', at: Date, detail?: string): Promise<void>;
  /** Releases a claim that failed so a later run can retry it. */
  releaseSlot(job: string, slotKey: string): Promise<void>;
  hasSlot(job: string, slotKey: string): Promise<boolean>;
  /** The job's slots whose key starts with `keyPrefix` and sorts before `beforeKey` (if given), latest key first. */
  recentSlots(job: string, keyPrefix: string, beforeKey: string | null, limit: number): Promise<SlotRecord[]>;
  /** The job's slots among these keys that have the status (one query per few hundred keys). */
  slotsWithStatus(job: string, slotKeys: readonly string[], status: SlotRecord['status']): Promise<SlotRecord[]>;
}

export interface SlotRecord {
  slotKey: string;
  status: 'running' | 'done' | 'failed' | 'skipped';
  startedAt: Date;
}

/** Takes over a slot whose owner died mid-run (still 'running', started before staleBefore). */
export interface StaleSlotReclaimer {
  /** True when this owner now holds the slot; false when it is finished or another run is still fresh. */
  reclaimStaleSlot(job: string, slotKey: string, owner: string, staleBefore: Date, at: Date): Promise<boolean>;
}

export interface AuditEntry {
  actorId: string;
  actorName?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  at: Date;
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** `since`: only entries at or after that instant */
  list(filter: { entityType?: string; entityId?: string; action?: string; since?: Date }): Promise<(AuditEntry & { id: number })[]>;
}
