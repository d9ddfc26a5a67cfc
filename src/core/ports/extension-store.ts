import type { Actor } from '../model/records.ts';

export interface ExtensionRequestRecord {
  id: number;
  taskId: number;
  unitId: number;
  requestedDueAt: Date;
  reason: string;
  requestedBy: string;
  status: 'pending' | 'approved' | 'denied';
  /** who decided (the user id) and when; null while pending */
  decidedBy: string | null;
  decidedAt: Date | null;
  steeringMessageId: string | null;
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
  setSteeringMessage(id: number, messageId: string): Promise<void>;
  /** Decides a pending request once; returns null when it was already decided. */
  decide(id: number, decision: 'approved' | 'denied', note: string | null, actor: Actor, at: Date): Promise<ExtensionRequestRecord | null>;
}
