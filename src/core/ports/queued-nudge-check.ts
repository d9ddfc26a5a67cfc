/**
 * What the outbox sender asks of the core just before it sends a queued nudge (kind 'nudge'): is it
 * still owed? A nudge waits in the outbox for a rate-limit pause, quiet hours or a backlog; a unit that
 * reported the occurrence done meanwhile must not be asked again to report it. Implemented by
 * src/core/usecases/check-queued-nudge.ts, passed to the sender by the entry points.
 */
export interface QueuedNudgeCheck {
  /** false: the nudge under this outbox key would not be planned now (reported since, task gone). */
  stillDue(idempotencyKey: string, now: Date): Promise<boolean>;
}
