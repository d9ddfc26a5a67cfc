import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 35 of the drafter): in "…; kiểm tra … trong Tuần lễ sạch đẹp; gửi báo cáo … trước ngày D.", the
// clause timed by the campaign is not undated work that the dated report hands in: the two are duties of their own, the first
// running for the campaign's span, the second due on D.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN TÂY SƠN',
    'Số: 61/KH-UBND',
    'Tây Sơn, ngày 02 tháng 3 năm 2034',
    'KẾ HOẠCH',
    'Tổ chức Tuần lễ sạch đẹp năm 2034',
    'I. THỜI GIAN',
    'Tuần lễ sạch đẹp được tổ chức từ ngày 10/5/2034 đến ngày 17/5/2034.',
    'II. NHIỆM VỤ',
    '1. Ủy ban nhân dân các xã, thị trấn',
    'Thành lập tổ xung kích trước ngày 05/5/2034; tổ chức kiểm tra vệ sinh các khu chợ trong Tuần lễ sạch đẹp; gửi báo cáo kết quả về Phòng Nông nghiệp và Môi trường huyện trước ngày 20/5/2034.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('a clause timed by the campaign, then a dated report', () => {
  it('are two duties', () => {
    expect(task('kiểm tra vệ sinh')?.deadline).toMatchObject({ start: '2034-05-10', due: '2034-05-17' });
    expect(draft.tasks.find((t) => t.title.startsWith('Gửi báo cáo kết quả'))?.deadline?.due).toBe('2034-05-19');
  });
});
