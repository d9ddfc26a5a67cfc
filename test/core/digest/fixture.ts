import type { DigestTask } from '../../../src/core/digest/types.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';

export const endOf = (y: number, m: number, d: number) => vietnamInstant(y, m, d, 23, 59, 59, 999);
/** Monday 05/06/2023, 07:30 in Vietnam */
export const NOW = vietnamInstant(2023, 6, 5, 7, 30);

const base = {
  planNumber: '45/KH-BCĐ',
  role: 'lead' as const,
  unitCode: 'CATP',
  unitName: 'Công an thành phố',
  percent: null,
  doneReportedAt: null,
  lastReportAt: vietnamInstant(2023, 6, 3, 9, 0),
};

export const TASKS: DigestTask[] = [
  { ...base, taskId: 't1', code: 'NV-01', title: 'Rà soát đối tượng nghiện', status: 'in_progress', percent: 40, due: endOf(2023, 6, 1) },
  {
    ...base,
    taskId: 't2',
    code: 'NV-02',
    title: '<script>alert(1)</script> tuần tra',
    status: 'not_started',
    due: endOf(2023, 6, 7),
    unitCode: 'CAP5',
    unitName: 'Công an Phường 5',
  },
  { ...base, taskId: 't2', code: 'NV-02', title: '<script>alert(1)</script> tuần tra', status: 'not_started', due: endOf(2023, 6, 7), role: 'support' },
  { ...base, taskId: 't3', code: 'NV-03', title: 'Lập hồ sơ quản lý', status: 'in_progress', percent: 60, due: endOf(2023, 6, 30), lastReportAt: vietnamInstant(2023, 5, 20, 10, 0) },
  { ...base, taskId: 't4', code: 'NV-04', title: 'Họp dân khóm 3', status: 'awaiting_confirmation', percent: 100, due: endOf(2023, 6, 10), doneReportedAt: vietnamInstant(2023, 6, 2, 15, 0) },
  { ...base, taskId: 't5', code: 'NV-05', title: 'Ra mắt tổ tự quản', status: 'done', due: endOf(2023, 5, 31), doneReportedAt: vietnamInstant(2023, 5, 30, 15, 0) },
  { ...base, taskId: 't6', code: 'NV-06', title: 'Tổng kiểm tra hành chính', status: 'done', due: endOf(2023, 5, 31), doneReportedAt: vietnamInstant(2023, 6, 3, 8, 0) },
  { ...base, taskId: 't7', code: 'NV-07', title: 'Tuyên truyền pháp luật', status: 'not_started', due: endOf(2023, 7, 31), lastReportAt: null },
  {
    ...base,
    taskId: 't8',
    code: 'NV-08',
    title: 'Lắp camera an ninh',
    status: 'blocked',
    percent: 20,
    due: endOf(2023, 6, 20),
    blockerNote: 'Thiếu kinh phí & <nhân lực>',
    blockerAt: vietnamInstant(2023, 6, 4, 14, 0),
  },
];

export const catpTasks = () => TASKS.filter((t) => t.unitCode === 'CATP');
