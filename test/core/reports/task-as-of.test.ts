import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../../src/core/model/records.ts';
import { reportAsOf, taskAsOf } from '../../../src/core/reports/task-as-of.ts';
import { parsePeriod } from '../../../src/core/reports/parse-period.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { CAP5, CATP, endOf, taskRecord } from '../digest/fixture.ts';

let id = 0;
function report(
  unit: typeof CATP,
  status: ReportRecord['status'],
  at: Date,
  channel: ReportRecord['channel'] = 'command',
  percent: number | null = null,
): ReportRecord {
  id++;
  return {
    id,
    taskId: 1,
    unitId: unit.unitId,
    unitCode: unit.unitCode,
    status,
    percent,
    note: null,
    channel,
    reporterId: 'u',
    reporterName: null,
    retractsReportId: null,
    createdAt: at,
  };
}

// the task as it is now: CATP's "done" of 03/06 confirmed on 04/06; CAP5 supports
const now = taskRecord({
  id: 1,
  code: 'GD2-02',
  title: 'Rà soát',
  status: 'done',
  due: endOf(2023, 5, 31),
  doneReportedAt: vietnamInstant(2023, 6, 3, 9, 0),
  support: CAP5,
});
const history = [
  report(CAP5, 'in_progress', vietnamInstant(2023, 5, 20, 9, 0), 'reply', 50),
  report(CATP, 'done', vietnamInstant(2023, 6, 1, 9, 0)),
  report(CATP, 'in_progress', vietnamInstant(2023, 6, 2, 9, 0), 'secretariat', 90),
  report(CATP, 'done', vietnamInstant(2023, 6, 3, 9, 0)),
  report(CATP, 'done', vietnamInstant(2023, 6, 4, 9, 0), 'secretariat'),
];

describe('a task as it stood at an instant (a past period’s report)', () => {
  it('replays the lead’s "done", the return, the new "done" and the confirmation', () => {
    const before = taskAsOf(now, history, vietnamInstant(2023, 5, 31, 23, 0));
    expect(before.status).toBe('not_started');
    expect(before.assignments.find((a) => a.unitId === CAP5.unitId)).toMatchObject({ status: 'in_progress', percent: 50 });
    expect(taskAsOf(now, history, vietnamInstant(2023, 6, 1, 12, 0))).toMatchObject({
      status: 'awaiting_confirmation',
      doneReportedAt: vietnamInstant(2023, 6, 1, 9, 0),
    });
    expect(taskAsOf(now, history, vietnamInstant(2023, 6, 2, 12, 0))).toMatchObject({ status: 'returned', doneReportedAt: null });
    expect(taskAsOf(now, history, vietnamInstant(2023, 6, 3, 12, 0))).toMatchObject({ status: 'awaiting_confirmation', confirmedAt: null });
    expect(taskAsOf(now, history, vietnamInstant(2023, 6, 5, 12, 0))).toBe(now);
  });

  it('is judged at the end of a period that has ended, else now', () => {
    const q2 = parsePeriod('quý II/2023', vietnamInstant(2023, 7, 5));
    if (!q2.ok) throw new Error(q2.error);
    expect(reportAsOf(q2.period, vietnamInstant(2023, 7, 5, 9, 0))).toEqual(q2.period.to);
    const during = vietnamInstant(2023, 6, 10, 9, 0);
    expect(reportAsOf(q2.period, during)).toBe(during);
    expect(reportAsOf(null, during)).toBe(during);
  });
});
