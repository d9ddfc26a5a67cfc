import type { ReportedStatus } from '../src/core/usecases/report-status.ts';

/**
 * Unsure readings waiting for the user to pick a status. Kept in memory only: after a restart (or
 * an hour) the choice is gone and the user is asked politely to reply again.
 */
export interface PendingReading {
  taskId: number;
  chatId: number;
  percent: number | null;
  note: string;
  sourceMessageId: string;
  createdAt: number;
}

const PENDING_TTL_MS = 60 * 60_000;
const pending = new Map<string, PendingReading>();
let counter = 0;

export function rememberReading(reading: PendingReading): string {
  for (const [key, value] of pending) if (reading.createdAt - value.createdAt > PENDING_TTL_MS) pending.delete(key);
  counter = (counter + 1) % 1_000_000;
  const id = `${reading.createdAt.toString(36).slice(-5)}${counter.toString(36)}`;
  pending.set(id, reading);
  return id;
}

export function takeReading(id: string, now: number): PendingReading | null {
  const reading = pending.get(id);
  pending.delete(id);
  if (!reading || now - reading.createdAt > PENDING_TTL_MS) return null;
  return reading;
}

/** Tests simulate a restart with this. */
export function forgetAllReadings(): void {
  pending.clear();
}

export const PICK_CODES: Record<string, ReportedStatus | 'skip'> = { ip: 'in_progress', dn: 'done', bl: 'blocked', x: 'skip' };
