import { expect } from 'vitest';
import type { DeadlineReading, NotDeadlineReason } from '../../../src/core/deadline/types.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';

export const SEED_CTX = { documentDate: '2023-02-27' } as const;

function endOfDay(key: string): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return vietnamInstant(y, m, d, 23, 59, 59, 999);
}

function startOfDay(key: string): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return vietnamInstant(y, m, d);
}

export function expectDue(r: DeadlineReading, dueDate: string): void {
  expect(r.kind, r.reading).toBe('due');
  if (r.kind !== 'due') return;
  expect(r.dueDate).toBe(dueDate);
  expect(r.due.getTime()).toBe(endOfDay(dueDate).getTime());
}

export function expectPeriod(r: DeadlineReading, startDate: string, endDate: string): void {
  expect(r.kind, r.reading).toBe('period');
  if (r.kind !== 'period') return;
  expect([r.startDate, r.endDate]).toEqual([startDate, endDate]);
  expect(r.start.getTime()).toBe(startOfDay(startDate).getTime());
  expect(r.end.getTime()).toBe(endOfDay(endDate).getTime());
}

export function expectNone(r: DeadlineReading, reason: NotDeadlineReason): void {
  expect(r.kind, r.reading).toBe('none');
  if (r.kind === 'none') expect(r.reason).toBe(reason);
}
