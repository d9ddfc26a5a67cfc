import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for these tests (round 15 of the drafter): the steps of an exercise as lines with their span, each over its duties.

const HEAD = ['SỞ Y TẾ TỈNH VĨNH AN', 'Số: 33/KH-SYT', 'Vĩnh An, ngày 02 tháng 4 năm 2029', 'KẾ HOẠCH', 'Diễn tập đáp ứng dịch bệnh năm 2029', 'II. CÁC BƯỚC'];

describe('the steps of a phase', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'Bước 1 - Chuẩn bị (từ 10/4/2029 đến 31/5/2029)',
      'Trung tâm Kiểm soát bệnh tật tỉnh xây dựng kịch bản diễn tập, trình Sở trước ngày 30/4/2029.',
      '',
      'Bước 2 - Tổ chức diễn tập (từ 10/6/2029 đến 12/6/2029)',
      'Bệnh viện Đa khoa tỉnh tiếp nhận, cách ly người bệnh giả định theo kịch bản; Trung tâm Y tế thành phố lấy mẫu, vận chuyển mẫu xét nghiệm.',
    ].join('\n'),
  );

  it('a step line is the phase, no task of its own', () => {
    expect(draft.phases.map((p) => p.name)).toEqual(['Bước 1', 'Bước 2']);
    expect(draft.tasks.some((t) => /^Bước \d/u.test(t.title))).toBe(false);
  });

  it('each duty under a step with no time of its own is due when the step ends, after the paragraph is split', () => {
    const dues = draft.tasks.map((t) => (t.deadline?.kind === 'recurrence' ? undefined : t.deadline?.due));
    expect(dues).toEqual(['2029-04-29', '2029-06-12', '2029-06-12']);
  });
});
