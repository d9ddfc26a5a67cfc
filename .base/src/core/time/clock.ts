/** Time is injected so tests and the sandbox can move it. Only entry points build a real clock. */
export interface Clock {
  now(): Date;
}

/** A clock tests and the sandbox can set and advance. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | number) {
    this.current = typeof start === 'number' ? start : start.getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(instant: Date | number): void {
    this.current = typeof instant === 'number' ? instant : instant.getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
