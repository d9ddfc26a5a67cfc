import { describe, expect, it } from 'vitest';
import { composePeriodicReport } from '../../../src/core/digest/compose-periodic-report.ts';
import { composeSteeringDigest } from '../../../src/core/digest/compose-steering-digest.ts';
import { taskRow } from '../../../src/core/digest/digest-rows.ts';
import { countOfficial, doneCount } from '../../../src/core/digest/official-counts.ts';
import { stateLabel } from '../../../src/core/digest/wording.ts';
import { buildReportModel } from '../../../src/core/reports/build-report-model.ts';
import { deriveTaskState } from '../../../src/core/status/derive-task-state.ts';
import { doneVerdict } from '../../../src/core/status/done-verdict.ts';
import { judgeTimeliness, TIMELINESS_LABEL_VI } from '../../../src/core/status/task-status.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { CAP5, endOf, taskRecord } from '../digest/fixture.ts';

const NOW = vietnamInstant(2023, 6, 5, 9, 0);
const REPORTED = vietnamInstant(2023, 6, 1, 9, 0);

/** Three confirmed tasks: on time, late, and with no deadline at all. */
const views = [
  taskRecord({ id: 1, code: 'A-01', title: 'có hạn, đúng hạn', status: 'done', due: endOf(2023, 6, 20), doneReportedAt: REPORTED }),
  taskRecord({ id: 2, code: 'A-02', title: 'có hạn, trễ', status: 'done', due: endOf(2023, 5, 20), doneReportedAt: REPORTED }),
  taskRecord({ id: 3, code: 'A-03', title: 'không có hạn', status: 'done', due: null, doneReportedAt: REPORTED, support: CAP5 }),
].map((task) => deriveTaskState({ task, now: NOW }));

describe('one on-time verdict for finished work', () => {
  it('doneVerdict: no deadline is neither on time nor late; a recurring duty is judged by its occurrences', () => {
    expect(doneVerdict(null, REPORTED)).toBe('done_no_deadline');
    expect(doneVerdict(endOf(2023, 6, 20), REPORTED)).toBe('done_on_time');
    expect(doneVerdict(endOf(2023, 5, 20), REPORTED)).toBe('done_late');
    expect(doneVerdict(null, REPORTED, true)).toBe('done_on_time');
  });

  it('deriveTaskState and judgeTimeliness (the confirmation) say the same, with the same label', () => {
    expect(views.map((v) => [v.state, v.official])).toEqual([
      ['done_on_time', 'doneOnTime'],
      ['done_late', 'doneLate'],
      ['done_no_deadline', 'doneNoDeadline'],
    ]);
    // every part of the no-deadline task, the supporting unit's too
    expect(views[2]!.parts.map((p) => p.official)).toEqual(['doneNoDeadline', 'doneNoDeadline']);
    for (const v of views) {
      const judged = judgeTimeliness({ status: 'done', due: v.task.dueAt, now: NOW, doneReportedAt: v.task.doneReportedAt });
      expect(judged).toBe(v.state);
      expect(stateLabel(v.state, 'vi')).toBe(TIMELINESS_LABEL_VI[judged]);
    }
    expect(stateLabel('done_no_deadline', 'vi')).toBe('Hoàn thành (không có hạn)');
    // a recurring duty (no single deadline on the task) is judged by its occurrences, never "không có hạn"
    const duty = { ...taskRecord({ id: 4, code: 'A-04', title: 'hằng tháng', status: 'done', due: null, doneReportedAt: REPORTED }) };
    const recurring = { ...duty, recurrence: { frequency: 'monthly' as const, dayOfPeriod: 20, dueDay: 20 } };
    const state = deriveTaskState({ task: recurring, now: NOW }).state;
    expect(state).not.toBe('done_no_deadline');
    expect(judgeTimeliness({ status: 'done', due: null, now: NOW, doneReportedAt: REPORTED, recurring: true })).toBe(state);
    expect(stateLabel('done_no_deadline', 'en')).toBe('Done (no deadline)');
  });

  it('the counts keep it apart from "đúng hạn" and still add up', () => {
    const counts = countOfficial(views.map(taskRow));
    expect(counts).toMatchObject({ total: 3, doneOnTime: 1, doneLate: 1, doneNoDeadline: 1, openOnTime: 0, openOverdue: 0 });
    expect(doneCount(counts)).toBe(3);
    const model = buildReportModel({ plan: { number: '45/KH-BCĐ' }, views, units: [], now: NOW });
    expect(model.overall.doneOnTime).toBe(1);
    expect(model.overallShares.done).toBe(100);
  });

  it('the steering digest and the periodic report name it on a line of its own', () => {
    const steering = composeSteeringDigest({ planNumber: '45/KH-BCĐ', views, units: [], phases: [], now: NOW, locale: 'vi', since: NOW, silentUnits: [] });
    expect(steering).toContain('• Hoàn thành đúng hạn: 1\n• Hoàn thành quá hạn: 1\n• Hoàn thành (không có hạn): 1\n');
    const en = composeSteeringDigest({ planNumber: '45/KH-BCĐ', views, units: [], phases: [], now: NOW, locale: 'en', since: NOW, silentUnits: [] });
    expect(en).toContain('• Done (no deadline): 1');
    const report = composePeriodicReport({ planNumber: '45/KH-BCĐ', views, units: [], now: NOW, locale: 'vi' });
    expect(report).toContain('- Đã hoàn thành: 3 (100%), gồm: đúng hạn 1; quá hạn 1; không có hạn 1.');
  });
});
