/**
 * The open/overdue chart asks the one rule of overdue for each past day: a recurring duty is overdue on
 * a day when an occurrence it owes was due before it and not reported by then, as every list said that day.
 */
import { describe, expect, it } from 'vitest';
import type { ReportRecord, TaskRecord } from '../../../src/core/model/records.ts';
import { openTasksOverTime } from '../../../src/core/reports/chart-data.ts';
import { deriveTaskState } from '../../../src/core/status/derive-task-state.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { CAP5, taskRecord } from '../digest/fixture.ts';

/** "Công an Phường 5 báo cáo trước ngày 20 hằng tháng", given on 01/03/2023 (fixture's assignment date). */
function monthlyDuty(lastReportAt: Date | null): TaskRecord {
  const task = taskRecord({ id: 1, code: 'BC-01', title: 'Báo cáo hằng tháng', status: 'in_progress', due: null, lead: CAP5, lastReportAt });
  return { ...task, recurrence: { frequency: 'monthly', dayOfPeriod: 20, dueDay: 19 } };
}

let nextId = 1;
const report = (at: Date): ReportRecord => ({
  id: nextId++,
  taskId: 1,
  unitId: CAP5.unitId,
  unitCode: CAP5.unitCode,
  // only a "done" settles an occurrence
  status: 'done',
  percent: null,
  note: null,
  channel: 'command',
  reporterId: '1',
  reporterName: null,
  retractsReportId: null,
  createdAt: at,
});

// March on time (10/03); April's report made late, on 25/04 (April due 19/04); nothing for May (due 19/05).
const REPORTS = [report(vietnamInstant(2023, 3, 10, 9, 0)), report(vietnamInstant(2023, 4, 25, 9, 0))];
const NOW = vietnamInstant(2023, 5, 25, 9, 0);

/** The view of the duty on a day, from the reports made by then: what every list showed that day. */
const viewAt = (at: Date) => {
  const made = REPORTS.filter((r) => r.createdAt.getTime() <= at.getTime());
  return deriveTaskState({ task: monthlyDuty(made.at(-1)?.createdAt ?? null), reports: made, reportsComplete: true, now: at });
};

describe('open tasks over time, for a recurring duty', () => {
  it('counts the duty overdue on exactly the days the lists called it overdue', () => {
    const points = openTasksOverTime([viewAt(NOW)], vietnamInstant(2023, 3, 1, 9, 0), NOW);
    const overdueOn = (month: number, day: number) => points.find((p) => p.day.getTime() === vietnamInstant(2023, month, day, 9, 0).getTime())?.overdue;
    expect(overdueOn(4, 19)).toBe(0);
    expect(overdueOn(4, 20)).toBe(1); // April due, not reported
    expect(overdueOn(4, 24)).toBe(1);
    expect(overdueOn(4, 26)).toBe(0); // April's report came on 25/04
    // it covered April only: May, due 19/05 and never reported, is overdue from 20/05 on
    expect(overdueOn(5, 19)).toBe(0);
    expect(overdueOn(5, 20)).toBe(1);
    for (const point of points) {
      expect({ day: point.day, overdue: point.overdue }).toEqual({ day: point.day, overdue: viewAt(point.day).listBucket === 'overdue' ? 1 : 0 });
    }
  });

  it('ends on its last day however long the plan, so its last point is today’s figures', () => {
    const long = openTasksOverTime([viewAt(NOW)], vietnamInstant(2022, 1, 7, 9, 0), NOW);
    expect(long.length).toBeLessThanOrEqual(121);
    expect(long.at(-1)).toEqual({ day: NOW, open: 1, overdue: 1 });
  });

  it('a late report covers the occurrence it was made for, not the next one too (the views agree)', () => {
    const view = viewAt(NOW);
    expect(view.listBucket).toBe('overdue');
    expect(view.occurrence).toBe('2023-05');
    // with only the last report known (history not read), that report stands for every earlier one:
    // it covers each occurrence whose period had begun, May included
    const lastOnly = deriveTaskState({ task: monthlyDuty(REPORTS[1]!.createdAt), now: NOW });
    expect(lastOnly.occurrence).toBe('2023-06');
  });
});
