import { describe, expect, it } from 'vitest';
import { applyReport, nextDoneReportedAt } from '../../../src/core/model/apply-report.ts';
import type { TaskRecord } from '../../../src/core/model/records.ts';

const at = new Date('2023-03-01T02:00:00Z');
const earlier = new Date('2023-02-28T02:00:00Z');

function task(): TaskRecord {
  const base = { taskId: 1, status: 'in_progress' as const, percent: 20, lastReportAt: null, doneReportedAt: null };
  return {
    id: 1,
    planId: 1,
    planNumber: '45/KH-BCĐ',
    phaseCode: null,
    phaseName: null,
    code: 'P5-01',
    title: 'Kiện toàn',
    body: null,
    sourceClause: null,
    section: null,
    startAt: null,
    dueAt: null,
    deadlineText: null,
    recurrence: null,
    status: 'in_progress',
    percent: 20,
    doneReportedAt: null,
    confirmedAt: null,
    archivedAt: null,
    assignments: [
      { ...base, id: 10, unitId: 5, unitCode: 'CAP5', unitName: 'Công an Phường 5', role: 'lead' },
      { ...base, id: 11, unitId: 6, unitCode: 'DTN_P5', unitName: 'Đoàn Thanh niên Phường 5', role: 'support', doneReportedAt: earlier, status: 'done' },
    ],
  };
}

describe('applyReport', () => {
  it('updates the reporting unit and the task, leaving other units alone', () => {
    const next = applyReport(task(), {
      unitId: 5,
      status: 'awaiting_confirmation',
      percent: 100,
      at,
      taskStatus: { status: 'awaiting_confirmation', percent: 100, doneReportedAt: at },
    });
    expect(next.status).toBe('awaiting_confirmation');
    expect(next.doneReportedAt).toEqual(at);
    expect(next.assignments[0]).toMatchObject({ status: 'awaiting_confirmation', percent: 100, lastReportAt: at, doneReportedAt: at });
    expect(next.assignments[1]).toEqual(task().assignments[1]);
  });

  it('keeps the first done time and clears it when work resumes', () => {
    expect(nextDoneReportedAt('done', earlier, at)).toEqual(earlier);
    expect(nextDoneReportedAt('done', null, at)).toEqual(at);
    expect(nextDoneReportedAt('in_progress', earlier, at)).toBeNull();
  });
});
