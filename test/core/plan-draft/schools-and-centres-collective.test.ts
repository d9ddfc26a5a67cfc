import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 36 of the drafter): "Các cơ sở giáo dục nghề nghiệp, trung tâm giáo dục nghề nghiệp - giáo
// dục thường xuyên": the centres listed after the schools under one "các", their kind joined by a dash, are one collective that
// opens the sentence, so it leads, not the office the report goes to ("về Sở").

const draft = draftPlan(
  [
    'UBND TỈNH HÒA BÌNH',
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    'Số: 12/KH-SGDĐT',
    'Hòa Bình, ngày 04 tháng 3 năm 2031',
    'KẾ HOẠCH',
    'Đào tạo nghề năm 2031',
    'V. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Kế hoạch - Tài chính thẩm định dự toán; hoàn thành quyết toán chậm nhất ngày 31/01/2032.',
    '2. Các cơ sở giáo dục nghề nghiệp, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên báo cáo tiến độ tuyển sinh về Sở (qua Phòng Giáo dục nghề nghiệp) hằng quý, trước ngày 18 của tháng cuối quý.',
  ].join('\n'),
);

describe('schools and centres under one "các"', () => {
  it('lead their report as one collective', () => {
    const task = draft.tasks.find((t) => t.title.includes('tiến độ tuyển sinh'));
    expect(draft.groups.find((g) => g.code === task?.lead)?.name).toBe(
      'các cơ sở giáo dục nghề nghiệp, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên',
    );
  });
});
