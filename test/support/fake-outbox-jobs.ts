import type { EnqueueInput, Outbox } from '../../src/core/ports/outbox.ts';

/** An in-memory outbox that honours idempotency keys like the real one; `calls` keeps every attempt. */
export class FakeOutbox implements Outbox {
  readonly calls: EnqueueInput[] = [];
  readonly messages: EnqueueInput[] = [];
  private readonly keys = new Set<string>();

  async enqueue(input: EnqueueInput): Promise<boolean> {
    this.calls.push(input);
    if (this.keys.has(input.idempotencyKey)) return false;
    this.keys.add(input.idempotencyKey);
    this.messages.push(input);
    return true;
  }

  async enqueueMany(inputs: EnqueueInput[]): Promise<number> {
    let added = 0;
    for (const input of inputs) if (await this.enqueue(input)) added++;
    return added;
  }

  /** Nothing is ever sent here: a stored message always still waits. */
  async replaceWaiting(input: EnqueueInput): Promise<boolean> {
    const index = this.messages.findIndex((m) => m.idempotencyKey === input.idempotencyKey);
    if (index < 0) return false;
    this.messages[index] = input;
    return true;
  }
}
