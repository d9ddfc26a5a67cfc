/**
 * A period's report judges a recurring duty by the occurrences due within the period, each as every
 * other view judges it (the same reports matched to the same occurrences).
 */
import { describe, expect, it } from 'vitest';
import type { ReportRecord, TaskRecord } from '../../../src/core/model/records.ts';
import { viewInPeriod } from '../../../src/core/reports/judge-in-period.ts';
import { deriveTaskState } from '../../../src/core/status/derive-task-state.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { CAP5, CATP, taskRecord } from '../digest/fixture.ts';

let nextId = 1;
const done = (unit: typeof CAP5, at: Date): ReportRecord => ({
  id: nextId++,
  taskId: 1,
  unitId: unit.unitId,
  unitCode: unit.unitCode,
  status: 'done',
  percent: null,
  note: null,
  channel: 'command',
  reporterId: '1',
  reporterName: null,
  retractsReportId: null,
  createdAt: at,
});

/** "Công an Phường 5 báo cáo trước ngày 20 hằng tháng", given on 01/03/2023. */
function monthlyDuty(spec: { status: TaskRecord['status']; doneReportedAt?: Date | null; support?: typeof CATP }): TaskRecord {
  const task = taskRecord({ id: 1, code: 'BC-01', title: 'Báo cáo hằng tháng', due: null, lead: CAP5, ...spec });
  return { ...task, recurrence: { frequency: 'monthly', dayOfPeriod: 20, dueDay: 19 } };
}

const MARCH = { from: '2023-03-01', to: '2023-03-31' };
const APRIL = { from: '2023-04-01', to: '2023-04-30' };
const NOW = vietnamInstant(2023, 5, 25, 9, 0);

describe('a recurring duty in a period’s report', () => {
  it('April’s late “done” still awaiting the secretariat counts open and overdue, as the lists said then', () => {
    const reports = [done(CAP5, vietnamInstant(2023, 3, 10, 9, 0)), done(CAP5, vietnamInstant(2023, 4, 21, 9, 0))];
    const task = monthlyDuty({ status: 'awaiting_confirmation', doneReportedAt: vietnamInstant(2023, 4, 21, 9, 0) });
    const view = viewInPeriod(deriveTaskState({ task, reports, reportsComplete: true, now: NOW }), APRIL, NOW);
    const then = deriveTaskState({ task, reports, reportsComplete: true, now: vietnamInstant(2023, 4, 22, 9, 0) });
    expect(view.periodOccurrences.map((o) => `${o.key}:${o.verdict}`)).toEqual(['2023-04:awaiting_late']);
    expect({ official: view.official, state: view.state, occurrence: view.occurrence }).toEqual({
      official: then.official,
      state: then.state,
      occurrence: '2023-04',
    });
    // March's "done" was confirmed before April's: done on time
    expect(viewInPeriod(deriveTaskState({ task, reports, reportsComplete: true, now: NOW }), MARCH, NOW).official).toBe('doneOnTime');
  });

  it('a supporting unit that never reported March keeps the task overdue for March, its lead’s part done', () => {
    const reports = [done(CAP5, vietnamInstant(2023, 3, 10, 9, 0))];
    const task = monthlyDuty({ status: 'done', doneReportedAt: vietnamInstant(2023, 3, 10, 9, 0), support: CATP });
    const view = viewInPeriod(deriveTaskState({ task, reports, reportsComplete: true, now: NOW }), MARCH, NOW);
    expect({ official: view.official, listBucket: view.listBucket, occurrence: view.occurrence }).toEqual({
      official: 'openOverdue',
      listBucket: 'overdue',
      occurrence: '2023-03',
    });
    expect(view.parts.map((p) => `${p.role}:${p.official}:${p.occurrence}`)).toEqual(['lead:doneOnTime:2023-03', 'support:openOverdue:2023-03']);
  });

  it('a one-off task is left as it is', () => {
    const task = taskRecord({ id: 2, code: 'NV-01', title: 'Rà soát', status: 'in_progress', due: vietnamInstant(2023, 3, 15, 23, 59) });
    const view = deriveTaskState({ task, now: NOW });
    expect(viewInPeriod(view, MARCH, NOW)).toEqual({ ...view, periodOccurrences: [] });
  });
});
