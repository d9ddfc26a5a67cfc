import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 41 of the drafter): one sentence asks for the half-year and the year report with one date
// each. They are two recurring duties, each due on its own day.

const draft = draftPlan(
  [
    'UBND TỈNH HÀ AN',
    'SỞ NỘI VỤ',
    'Số: 09/KH-SNV',
    'Hà An, ngày 08 tháng 01 năm 2029',
    'KẾ HOẠCH',
    'Cải cách hành chính năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Cải cách hành chính theo dõi việc thực hiện.',
    '2. Văn phòng Sở tổng hợp kết quả 6 tháng, năm, trình Giám đốc Sở báo cáo UBND tỉnh trước ngày 18/6/2029 và ngày 12/12/2029.',
  ].join('\n'),
);

describe('a half-year and a year report in one sentence', () => {
  it('becomes a half-yearly and a yearly duty, each with its day', () => {
    const reports = draft.tasks.filter((t) => t.body.includes('6 tháng, năm'));
    expect(reports.map((t) => t.deadline?.recurrence?.frequency)).toEqual(['half_yearly', 'yearly']);
    expect(reports[0]?.deadline?.recurrence).toMatchObject({ dueDay: 17 });
    // "trước" covers both days: due the day before each
    expect(reports[1]?.deadline?.recurrence).toMatchObject({ dueDay: 11, monthOfYear: 12 });
    const { name } = helpers(draft);
    expect(reports.map((t) => name(t.lead))).toEqual(['Văn phòng Sở', 'Văn phòng Sở']);
  });
});
