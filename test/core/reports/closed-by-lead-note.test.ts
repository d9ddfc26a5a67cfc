import { describe, expect, it } from 'vitest';
import type { AssignmentRecord } from '../../../src/core/model/records.ts';
import { buildReportModel } from '../../../src/core/reports/build-report-model.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { CATP, endOf, taskRecord, views } from '../digest/fixture.ts';

const NOW = vietnamInstant(2023, 6, 10, 9, 0);
const support = (unitId: number, name: string): AssignmentRecord => ({
  id: 900 + unitId,
  taskId: 1,
  unitId,
  unitCode: `U${unitId}`,
  unitName: name,
  unitShortName: name,
  role: 'support',
  status: 'not_started',
  percent: null,
  lastReportAt: null,
  doneReportedAt: null,
  assignedAt: vietnamInstant(2023, 3, 1, 8, 0),
});

/** QA14 #2: six supporting units each with the same closed-by-lead sentence ran one .docx cell over four pages. */
describe('the report’s note on supporting parts closed by the lead', () => {
  it('names units whose parts read alike once, together', () => {
    const done = taskRecord({
      id: 1,
      code: 'NV-01',
      title: 'Tuyên truyền',
      status: 'done',
      due: endOf(2023, 6, 30),
      doneReportedAt: vietnamInstant(2023, 6, 3, 9, 0),
    });
    const task = { ...done, assignments: [...done.assignments, support(11, 'Hội Phụ nữ'), support(12, 'Đoàn Thanh niên'), support(13, 'Hội Cựu chiến binh')] };
    const model = buildReportModel({ plan: { number: '45/KH-BCĐ' }, views: views(NOW, [task]), units: [], now: NOW, period: null });
    const note = model.rows[0]!.note;
    expect(note).toBe(
      'Hội Phụ nữ, Đoàn Thanh niên, Hội Cựu chiến binh (phối hợp): Nhiệm vụ hoàn thành đúng hạn theo báo cáo của đơn vị chủ trì; đơn vị không báo hoàn thành phần phối hợp',
    );
    expect(note.match(/theo báo cáo của đơn vị chủ trì/g)).toHaveLength(1);
    expect(task.assignments[0]!.unitId).toBe(CATP.unitId);
  });

  it('many supporting units all closed alike: the note does not list again what the "Phối hợp" column lists', () => {
    const done = taskRecord({
      id: 1,
      code: 'NV-01',
      title: 'Tuyên truyền',
      status: 'done',
      due: endOf(2023, 6, 30),
      doneReportedAt: vietnamInstant(2023, 6, 3, 9, 0),
    });
    const names = ['Hội Phụ nữ', 'Đoàn Thanh niên', 'Hội Cựu chiến binh', 'Hội Nông dân', 'Mặt trận Tổ quốc'];
    const task = { ...done, assignments: [...done.assignments, ...names.map((name, i) => support(20 + i, name))] };
    const model = buildReportModel({ plan: { number: '45/KH-BCĐ' }, views: views(NOW, [task]), units: [], now: NOW, period: null });
    expect(model.rows[0]!.note).toBe(
      'Các đơn vị phối hợp: Nhiệm vụ hoàn thành đúng hạn theo báo cáo của đơn vị chủ trì; đơn vị không báo hoàn thành phần phối hợp',
    );
  });
});
