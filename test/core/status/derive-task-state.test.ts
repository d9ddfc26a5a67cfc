import { describe, expect, it } from 'vitest';
import type { ReportRecord, TaskRecord } from '../../../src/core/model/records.ts';
import { deriveTaskState } from '../../../src/core/status/derive-task-state.ts';
import type { TaskStatus } from '../../../src/core/status/task-status.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { CAP5, CATP, endOf, taskRecord } from '../digest/fixture.ts';

const NOW = vietnamInstant(2023, 6, 5, 9, 0);
const DUE = endOf(2023, 6, 20);

function withParts(status: TaskStatus, support: { status: TaskStatus; doneReportedAt?: Date | null }, extra: Partial<TaskRecord> = {}): TaskRecord {
  const task = taskRecord({ id: 1, code: 'X-01', title: 'x', status, due: DUE, support: CAP5, ...extra } as Parameters<typeof taskRecord>[0]);
  return {
    ...task,
    ...extra,
    assignments: task.assignments.map((a) => (a.role === 'support' ? { ...a, status: support.status, doneReportedAt: support.doneReportedAt ?? null } : a)),
  };
}

let nextId = 1;
const report = (unitId: number, status: TaskStatus, at: Date, note: string | null = null, retracts: number | null = null): ReportRecord => ({
  id: nextId++,
  taskId: 1,
  unitId,
  unitCode: unitId === CATP.unitId ? 'CATP' : 'CAP5',
  status,
  percent: null,
  note,
  channel: 'reply',
  reporterId: '1',
  reporterName: null,
  retractsReportId: retracts,
  createdAt: at,
});

describe('deriveTaskState', () => {
  it('a supporting unit that finished its part: the part is done; the task is the lead’s, not started', () => {
    const view = deriveTaskState({ task: withParts('not_started', { status: 'done', doneReportedAt: vietnamInstant(2023, 6, 1) }), now: NOW });
    expect(view.state).toBe('not_started');
    expect(view.parts.map((p) => [p.role, p.state, p.official])).toEqual([
      ['lead', 'not_started', 'openOnTime'],
      ['support', 'done_on_time', 'doneOnTime'],
    ]);
  });

  it('a supporting unit’s blocker makes the task "vướng mắc", with the reason of the latest report and the age of the run', () => {
    const reports = [
      report(CAP5.unitId, 'blocked', vietnamInstant(2023, 5, 20), 'thiếu người'),
      report(CAP5.unitId, 'in_progress', vietnamInstant(2023, 5, 25)),
      report(CAP5.unitId, 'blocked', vietnamInstant(2023, 6, 1), 'vướng kinh phí'),
      report(CAP5.unitId, 'blocked', vietnamInstant(2023, 6, 2)),
    ];
    const view = deriveTaskState({ task: withParts('in_progress', { status: 'blocked' }), reports, now: NOW });
    expect(view.state).toBe('blocked');
    expect(view.blockers).toMatchObject([{ unitCode: 'CAP5', role: 'support', note: 'vướng kinh phí', since: vietnamInstant(2023, 6, 1) }]);
    expect(view.parts.map((p) => p.state)).toEqual(['in_progress', 'blocked']);
  });

  it('an undone blocker report does not count; the run starts after it', () => {
    const first = report(CAP5.unitId, 'blocked', vietnamInstant(2023, 6, 1), 'cũ');
    const reports = [
      first,
      report(CAP5.unitId, 'in_progress', vietnamInstant(2023, 6, 1, 0, 5), null, first.id),
      report(CAP5.unitId, 'blocked', vietnamInstant(2023, 6, 3), 'mới'),
    ];
    const view = deriveTaskState({ task: withParts('in_progress', { status: 'blocked' }), reports, now: NOW });
    expect(view.blockers).toMatchObject([{ note: 'mới', since: vietnamInstant(2023, 6, 3) }]);
  });

  it('after the lead’s "done" the lead’s part waits for confirmation, judged at the report; a supporting unit keeps its own part and blocker', () => {
    const done = vietnamInstant(2023, 6, 19);
    const late = vietnamInstant(2023, 6, 25);
    const view = deriveTaskState({ task: withParts('awaiting_confirmation', { status: 'blocked' }, { doneReportedAt: done }), now: late });
    expect(view.state).toBe('awaiting_confirmation');
    expect(view.official).toBe('openOnTime');
    expect(view.parts.map((p) => p.state)).toEqual(['awaiting_confirmation', 'blocked']);
    expect(view.parts[1]!.blocker).not.toBeNull();
    expect(view.blockers).toHaveLength(1);
  });

  it('once confirmed, every part is done (on time or late by the lead’s report) and blockers are closed', () => {
    const view = deriveTaskState({ task: withParts('done', { status: 'blocked' }, { doneReportedAt: vietnamInstant(2023, 6, 21) }), now: NOW });
    expect(view.state).toBe('done_late');
    expect(view.parts.map((p) => p.official)).toEqual(['doneLate', 'doneLate']);
    expect(view.blockers).toEqual([]);
  });

  it('a returned task says so until the lead reports again', () => {
    const view = deriveTaskState({ task: withParts('returned', { status: 'in_progress' }), now: NOW });
    expect(view.state).toBe('returned');
    expect(view.parts[0]!.state).toBe('returned');
    expect(view.listBucket).toBe('returned');
  });

  it('lateness wins over progress in lists, not in the state', () => {
    const view = deriveTaskState({ task: withParts('blocked', { status: 'not_started' }, { dueAt: endOf(2023, 6, 1) }), now: NOW });
    expect(view.state).toBe('blocked');
    expect(view.listBucket).toBe('overdue');
    expect(view.official).toBe('openOverdue');
  });
});
