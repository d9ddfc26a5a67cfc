/** A raw messenger update as stored before it was acknowledged. */
export interface StoredInbound {
  id: number;
  platform: string;
  key: string;
  payload: unknown;
  attempts: number;
  receivedAt: Date;
}

/**
 * Updates a messenger delivers once and never again (Zalo): stored raw before the messenger is
 * answered, then handled from the store, so a crash between the two loses nothing.
 */
export interface InboundStore {
  /** Durably stores the update; false when its key was already stored (a redelivery). */
  save(input: { platform: string; key: string; payload: unknown; at: Date }): Promise<boolean>;
  /** Pending updates of a platform stored after `afterId` (0: from the first), oldest first. */
  pending(platform: string, limit: number, afterId?: number): Promise<StoredInbound[]>;
  markDone(id: number, at: Date): Promise<void>;
  /** Counts a failed attempt; after `maxAttempts` the update is set aside as failed. */
  recordFailure(id: number, error: string, at: Date, maxAttempts: number): Promise<void>;
  /** Forgets a platform's updates handled (done or failed) before `before`; returns how many. */
  prune(platform: string, before: Date): Promise<number>;
}
