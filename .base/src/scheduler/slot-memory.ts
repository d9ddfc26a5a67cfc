/** What this process already knows about slots, so a tick every minute does not ask the database again. */
export class SlotMemory {
  private readonly finished = new Map<string, number>();
  private readonly waiting = new Map<string, { at: number; until: number }>();

  shouldTry(key: string, now: Date): boolean {
    if (this.finished.has(key)) return false;
    const wait = this.waiting.get(key);
    return !wait || wait.at <= now.getTime();
  }

  done(key: string, relevantUntil: Date): void {
    this.finished.set(key, relevantUntil.getTime());
    this.waiting.delete(key);
  }

  retryAfter(key: string, at: Date, relevantUntil: Date): void {
    this.waiting.set(key, { at: at.getTime(), until: relevantUntil.getTime() });
  }

  /** Drops slots that can no longer be due. */
  forget(now: Date): void {
    const t = now.getTime();
    for (const [key, until] of this.finished) if (until <= t) this.finished.delete(key);
    for (const [key, wait] of this.waiting) if (wait.until <= t) this.waiting.delete(key);
  }
}
