/**
 * Which reports settle a recurring duty's occurrence: only a unit's own "done" that still stands. A
 * blocker or progress report is about the occurrence, not its report; a lead's "done" the secretariat
 * returned, or that the lead took back by reporting again while it waited, settles nothing.
 */
import { describe, expect, it } from 'vitest';
import type { ReportChannel, ReportRecord } from '../../../src/core/model/records.ts';
import { deriveTaskState } from '../../../src/core/status/derive-task-state.ts';
import { settlingDones } from '../../../src/core/status/owed-deadline.ts';
import { isClosedTask } from '../../../src/core/status/closed-task.ts';
import type { TaskStatus } from '../../../src/core/status/task-status.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { CAP5, CATP, taskRecord } from '../digest/fixture.ts';

let nextId = 1;
const report = (day: number, status: TaskStatus, channel: ReportChannel = 'command'): ReportRecord => ({
  id: nextId++,
  taskId: 1,
  unitId: CAP5.unitId,
  unitCode: CAP5.unitCode,
  status,
  percent: null,
  note: null,
  channel,
  reporterId: '1',
  reporterName: null,
  retractsReportId: null,
  createdAt: vietnamInstant(2023, 3, day, 9, 0),
});

/** "báo cáo trước ngày 20 hằng tháng", led by CAP5 (given 01/03/2023), on 21/03/2023. */
function marchView(reports: ReportRecord[]) {
  const task = taskRecord({
    id: 1,
    code: 'BC-01',
    title: 'Báo cáo hằng tháng',
    status: 'in_progress',
    due: null,
    lead: CAP5,
    lastReportAt: reports.at(-1)?.createdAt ?? null,
  });
  return deriveTaskState({
    task: { ...task, recurrence: { frequency: 'monthly', dayOfPeriod: 20, dueDay: 19 } },
    reports,
    reportsComplete: true,
    now: vietnamInstant(2023, 3, 21, 9, 0),
  });
}

describe('the reports that settle a recurring duty’s occurrence', () => {
  it('a blocker and progress reports leave March owed and overdue', () => {
    const view = marchView([report(20, 'blocked'), report(21, 'in_progress')]);
    expect(view.occurrence).toBe('2023-03');
    expect(view.listBucket).toBe('overdue');
  });

  it('a lead’s "done" returned by the secretariat, or taken back by the lead, settles nothing', () => {
    const returned = [report(10, 'done'), report(11, 'in_progress', 'secretariat')];
    const takenBack = [report(10, 'done'), report(12, 'in_progress')];
    for (const reports of [returned, takenBack]) {
      expect(settlingDones(reports, CAP5.unitId, 'lead')).toEqual([]);
      expect(marchView(reports).occurrence).toBe('2023-03');
    }
  });

  it('a confirmed "done" stands, and a supporting unit’s "done" stands whatever it reports next', () => {
    const confirmed = [report(10, 'done'), report(11, 'done', 'secretariat'), report(12, 'in_progress')];
    expect(settlingDones(confirmed, CAP5.unitId, 'lead').map((r) => r.id)).toEqual([confirmed[0]!.id]);
    expect(marchView(confirmed).occurrence).toBe('2023-04');
    const support = [report(10, 'done'), report(12, 'in_progress')];
    expect(settlingDones(support, CAP5.unitId, 'support').map((r) => r.id)).toEqual([support[0]!.id]);
  });
});

describe('a recurring duty confirmed for one occurrence stays open for the next', () => {
  const blockedBy = (day: number): ReportRecord => ({ ...report(day, 'blocked'), unitId: CATP.unitId, unitCode: CATP.unitCode, note: 'thiếu hồ sơ' });
  function confirmedWithSupportBlocked(reports: ReportRecord[]) {
    const base = taskRecord({
      id: 1,
      code: 'BC-01',
      title: 'Báo cáo hằng tháng',
      status: 'done',
      due: null,
      lead: CAP5,
      support: CATP,
      doneReportedAt: vietnamInstant(2023, 3, 10, 9, 0),
    });
    const task = {
      ...base,
      recurrence: { frequency: 'monthly' as const, dayOfPeriod: 20, dueDay: 19 },
      confirmedAt: vietnamInstant(2023, 3, 11, 9, 0),
      assignments: base.assignments.map((a) => (a.unitId === CATP.unitId ? { ...a, status: 'blocked' as const } : a)),
    };
    return deriveTaskState({
      task,
      reports: [report(10, 'done'), report(11, 'done', 'secretariat'), ...reports],
      reportsComplete: true,
      now: vietnamInstant(2023, 3, 21, 9, 0),
    });
  }

  it('a supporting unit’s blocker shows, raised after the confirmation or before it: the lead’s period was confirmed, not its part (QA7 #9)', () => {
    expect(confirmedWithSupportBlocked([blockedBy(15)]).blockers.map((b) => b.unitCode)).toEqual(['CATP']);
    expect(confirmedWithSupportBlocked([blockedBy(5)]).blockers.map((b) => b.unitCode)).toEqual(['CATP']);
  });

  it('is not closed: it takes reports and its cards are posted to a group bound later', () => {
    expect(isClosedTask({ status: 'done', recurrence: { frequency: 'monthly', dayOfPeriod: 20, dueDay: 19 } })).toBe(false);
    expect(isClosedTask({ status: 'done', recurrence: null })).toBe(true);
  });
});
