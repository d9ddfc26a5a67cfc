/**
 * A "done" the lead reported after the deadline, still awaiting the secretariat, is overdue and open
 * ("chưa hoàn thành quá hạn") in every view: /baocao sections I and III, the .docx model, /kehoach and
 * /quahan. A "done" reported on time is not, however long it waits.
 */
import { describe, expect, it } from 'vitest';
import { composePeriodicReport } from '../../../src/core/digest/compose-periodic-report.ts';
import { composeSteeringDigest } from '../../../src/core/digest/compose-steering-digest.ts';
import { marksToPlainText } from '../../../src/core/text/marks.ts';
import type { PlanRecord } from '../../../src/core/model/records.ts';
import { buildReportModel } from '../../../src/core/reports/build-report-model.ts';
import { deriveTaskState } from '../../../src/core/status/derive-task-state.ts';
import { composeOverdueList } from '../../../src/core/usecases/compose-overdue-list.ts';
import { composePlanOverview } from '../../../src/core/usecases/compose-plan-overview.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { CAP5, CATP, endOf, taskRecord } from '../digest/fixture.ts';

const NOW = vietnamInstant(2023, 6, 5, 9, 0);
const plan: PlanRecord = {
  id: 1,
  number: '45/KH-BCĐ',
  title: 'Chuyển hóa Phường 5',
  issuer: 'BCĐ',
  issueDate: vietnamInstant(2023, 2, 20),
  area: null,
  status: 'active',
  phases: [],
};

const late = taskRecord({
  id: 1,
  code: 'GD2-02',
  title: 'Rà soát địa bàn',
  status: 'awaiting_confirmation',
  due: endOf(2023, 5, 31),
  doneReportedAt: vietnamInstant(2023, 6, 1, 9, 0),
  support: CAP5,
});
const onTime = taskRecord({
  id: 2,
  code: 'GD2-03',
  title: 'Tuyên truyền',
  status: 'awaiting_confirmation',
  due: endOf(2023, 6, 2),
  doneReportedAt: vietnamInstant(2023, 6, 1, 9, 0),
});
const views = [late, onTime].map((task) => deriveTaskState({ task, now: NOW }));

describe('a late "done" awaiting confirmation is overdue in every view', () => {
  it('/baocao: section I counts it overdue and section III lists it, worded at the report', () => {
    const report = composePeriodicReport({ planNumber: plan.number, views, units: [], now: NOW, locale: 'vi' });
    expect(report).toContain('- Chưa hoàn thành: 2 (100%), gồm: trong hạn 1; quá hạn 1.');
    const third = report.slice(report.indexOf('III.'), report.indexOf('IV.'));
    expect(third).toContain(
      '1. [GD2-02] Rà soát địa bàn — đơn vị chủ trì: Công an thành phố Trà Vinh; hạn 31/05/2023; báo hoàn thành 01/06/2023, trễ 1 ngày, chờ xác nhận.',
    );
    expect(third).not.toContain('GD2-03');
    expect(third).not.toContain('(Không có.)');
    const model = buildReportModel({ plan: { number: plan.number }, views, units: [], now: NOW });
    expect(model.overall.openOverdue).toBe(model.overdue.length);
    expect(model.overdue.map((t) => t.code)).toEqual(['GD2-02']);
  });

  it("/quahan lists it (and in the lead unit's group); /kehoach counts it overdue and, saying so, awaiting confirmation", () => {
    const overdue = composeOverdueList(views, NOW, 'vi');
    expect(overdue).toContain('GD2-02');
    expect(overdue).toContain('báo hoàn thành 01/06/2023, trễ 1 ngày, chờ xác nhận');
    expect(overdue).not.toContain('GD2-03');
    expect(overdue).not.toContain('Không có nhiệm vụ nào quá hạn');
    expect(composeOverdueList(views, NOW, 'vi', CATP.unitId)).toContain('GD2-02');
    expect(composeOverdueList(views, NOW, 'en')).toContain('reported done 01/06/2023, 1 day late, awaiting confirmation');
    const overview = composePlanOverview([plan], views, NOW, 'vi');
    expect(overview).toContain('quá hạn 1 ·');
    // awaiting confirmation as /nhiemvu and the digests list it, the late one named as counted overdue
    expect(overview).toContain('chờ xác nhận 2 (trong đó 1 báo hoàn thành trễ hạn, đã tính ở quá hạn) ·');
    expect(composePlanOverview([plan], views, NOW, 'en')).toContain('awaiting confirmation 2 (of which 1 reported done late, counted as overdue) ·');
  });

  it('the weekly steering digest lists it among the overdue tasks, as many as its count says', () => {
    const input = { planNumber: plan.number, views, units: [], phases: [], now: NOW, since: NOW, silentUnits: [], weekly: true };
    const digest = marksToPlainText(composeSteeringDigest({ ...input, locale: 'vi' }));
    expect(digest).toContain('• Chưa hoàn thành, quá hạn: 1');
    const listed = digest.slice(digest.indexOf('🔴 Nhiệm vụ quá hạn (1)'));
    expect(listed).toContain('GD2-02');
    expect(listed).not.toContain('GD2-03');
  });

  it('the weekly digest lists a late "done" awaiting confirmation once, among the overdue tasks; the daily one under awaiting', () => {
    const later = vietnamInstant(2023, 6, 9, 9, 0); // both reports wait 6 working days
    const waiting = [late, onTime].map((task) => deriveTaskState({ task, now: later }));
    const input = { planNumber: plan.number, views: waiting, units: [], phases: [], now: later, since: later, silentUnits: [] };
    const weekly = marksToPlainText(composeSteeringDigest({ ...input, weekly: true, locale: 'vi' }));
    expect(weekly.match(/GD2-02/g)).toHaveLength(1);
    expect(weekly.slice(weekly.indexOf('🔴 Nhiệm vụ quá hạn (1)'))).toContain('GD2-02');
    expect(weekly).toContain('Báo hoàn thành chờ xác nhận quá 3 ngày làm việc (1)');
    expect(weekly.match(/GD2-03/g)).toHaveLength(1);
    const daily = marksToPlainText(composeSteeringDigest({ ...input, locale: 'en' }));
    expect(daily).toContain('Reported done, awaiting confirmation over 3 working days (2)');
  });
});
