import type { Actor } from '../model/records.ts';

export interface ExtensionRequestRecord {
  id: number;
  taskId: number;
  unitId: number;
  requestedDueAt: Date;
  reason: string;
  requestedBy: string;
  /** withdrawn: /giao took the asking unit off the task before anyone decided */
  status: 'pending' | 'approved' | 'denied' | 'withdrawn';
  /** who decided (the user id) and when; null while pending */
  decidedBy: string | null;
  decidedAt: Date | null;
  /** why the steering group decided so (/tuchoigiahan's reason); null when none was given */
  decisionNote: string | null;
  steeringMessageId: string | null;
  /** when the unit asked */
  createdAt: Date;
}

export interface ExtensionStore {
  createRequest(input: {
    taskId: number;
    unitId: number;
    requestedDueAt: Date;
    reason: string;
    requestedBy: string;
    at: Date;
  }): Promise<ExtensionRequestRecord>;
  getRequest(id: number): Promise<ExtensionRequestRecord | null>;
  /** The requests of one task still waiting for a decision, oldest first (typed decisions name the task, not the request). */
  pendingForTask(taskId: number): Promise<ExtensionRequestRecord[]>;
  /** Every request still waiting for a decision, oldest first (the steering digest lists them until decided). */
  listPending(): Promise<ExtensionRequestRecord[]>;
  /** The requests of one task approved or denied, in the order they were decided (/chitiet's history). */
  decidedForTask(taskId: number): Promise<ExtensionRequestRecord[]>;
  setSteeringMessage(id: number, messageId: string): Promise<void>;
  /** Decides (or withdraws) a pending request once; returns null when it was already decided. */
  decide(id: number, decision: 'approved' | 'denied' | 'withdrawn', note: string | null, actor: Actor, at: Date): Promise<ExtensionRequestRecord | null>;
}
