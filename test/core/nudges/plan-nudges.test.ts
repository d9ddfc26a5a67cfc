import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/time/local-date.ts';
import { nudgeSchedule, planNudges } from '../../../src/core/nudges/plan-nudges.ts';
import type { TaskStatus } from '../../../src/core/status/task-status.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';

const endOf = (y: number, m: number, d: number) => vietnamInstant(y, m, d, 23, 59, 59, 999);

function run(due: Date, from: string, to: string, status: TaskStatus = 'in_progress', policy = {}) {
  const sent: string[] = [];
  for (let today = from; today <= to; today = addDays(today, 1)) {
    for (const n of planNudges({ taskId: 't1', unitId: 'u1', due, status, today, policy })) sent.push(`${today} ${n.kind}→${n.target} ${n.slotKey}`);
  }
  return sent;
}

describe('planNudges', () => {
  it('plans the whole life of a deadline on Thursday 15/06/2023', () => {
    expect(run(endOf(2023, 6, 15), '2023-06-01', '2023-06-30')).toEqual([
      '2023-06-12 before_3→unit nudge:t1:u1:before_3:2023-06-12',
      '2023-06-14 before_1→unit nudge:t1:u1:before_1:2023-06-14',
      '2023-06-15 due_today→unit nudge:t1:u1:due_today:2023-06-15',
      '2023-06-16 overdue→unit nudge:t1:u1:overdue:2023-06-16',
      '2023-06-19 overdue→unit nudge:t1:u1:overdue:2023-06-19',
      '2023-06-20 overdue→unit nudge:t1:u1:overdue:2023-06-20',
      '2023-06-20 escalate→steering nudge:t1:u1:escalate:2023-06-20',
      '2023-06-21 overdue→unit nudge:t1:u1:overdue:2023-06-21',
      // escalation stays due (same key) so a missed day is caught up; the outbox sends it once
      '2023-06-21 escalate→steering nudge:t1:u1:escalate:2023-06-20',
      '2023-06-22 overdue→unit nudge:t1:u1:overdue:2023-06-22',
      '2023-06-22 escalate→steering nudge:t1:u1:escalate:2023-06-20',
      '2023-06-23 escalate→steering nudge:t1:u1:escalate:2023-06-20',
      '2023-06-26 escalate→steering nudge:t1:u1:escalate:2023-06-20',
      '2023-06-27 escalate→steering nudge:t1:u1:escalate:2023-06-20',
      '2023-06-28 escalate→steering nudge:t1:u1:escalate:2023-06-20',
      '2023-06-29 escalate→steering nudge:t1:u1:escalate:2023-06-20',
      '2023-06-30 escalate→steering nudge:t1:u1:escalate:2023-06-20',
    ]);
  });

  it('sends due_today on the last working day before a Sunday deadline', () => {
    const kinds = run(endOf(2023, 6, 18), '2023-06-12', '2023-06-19').map((s) => s.slice(0, 21));
    expect(kinds).toEqual(['2023-06-13 before_3→u', '2023-06-15 before_1→u', '2023-06-16 due_today→', '2023-06-19 overdue→un']);
  });

  it('skips the Tết break of 2024 before and after the deadline', () => {
    // deadline Wednesday 14/02/2024, inside the break 08–14/02
    const schedule = nudgeSchedule(endOf(2024, 2, 14));
    expect(schedule).toEqual([
      { kind: 'before_3', date: '2024-02-02' },
      { kind: 'before_1', date: '2024-02-06' },
      { kind: 'due_today', date: '2024-02-07' },
      { kind: 'overdue', date: '2024-02-15' },
      { kind: 'overdue', date: '2024-02-16' },
      { kind: 'overdue', date: '2024-02-19' },
      { kind: 'escalate', date: '2024-02-19' },
      { kind: 'overdue', date: '2024-02-20' },
      { kind: 'overdue', date: '2024-02-21' },
    ]);
  });

  it('caps overdue reminders at the configured count', () => {
    const overdue = run(endOf(2023, 6, 15), '2023-06-16', '2023-07-14', 'blocked', { maxOverdue: 2 }).filter((s) => s.includes('overdue→'));
    expect(overdue.map((s) => s.slice(0, 10))).toEqual(['2023-06-16', '2023-06-19']);
  });

  it('sends nothing for done or awaiting-confirmation tasks, or on days off', () => {
    expect(run(endOf(2023, 6, 15), '2023-06-01', '2023-06-30', 'done')).toEqual([]);
    expect(run(endOf(2023, 6, 15), '2023-06-01', '2023-06-30', 'awaiting_confirmation')).toEqual([]);
    expect(planNudges({ taskId: 't', unitId: 'u', due: endOf(2023, 6, 15), status: 'not_started', today: '2023-06-17' })).toEqual([]);
  });

  it('reports how many working days a task is overdue', () => {
    const [overdue] = planNudges({ taskId: 't', unitId: 'u', due: endOf(2023, 6, 15), status: 'in_progress', today: '2023-06-19' });
    expect(overdue).toMatchObject({ kind: 'overdue', workingDaysOverdue: 2 });
  });
});
