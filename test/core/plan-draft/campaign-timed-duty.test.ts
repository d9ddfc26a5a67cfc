import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 35 of the drafter): once the time part names the campaign with its span ("Tuần lễ sạch đẹp
// được tổ chức từ D1 đến D2"), a duty due "07 ngày sau khi Tuần lễ sạch đẹp kết thúc" is due seven days after D2, and one done
// "trong thời gian diễn ra Tuần lễ sạch đẹp" runs for the span; both flagged.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN ĐÔNG HÀ',
    'Số: 44/KH-UBND',
    'Đông Hà, ngày 01 tháng 3 năm 2034',
    'KẾ HOẠCH',
    'Tổ chức Tuần lễ sạch đẹp năm 2034',
    'I. THỜI GIAN',
    'Tuần lễ sạch đẹp được tổ chức từ ngày 10/5/2034 đến ngày 17/5/2034.',
    'II. NHIỆM VỤ',
    '1. Phòng Văn hóa và Thông tin huyện',
    'a) Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện chậm nhất 07 ngày sau khi Tuần lễ sạch đẹp kết thúc.',
    'b) Phát tin tuyên truyền trên loa truyền thanh trong thời gian diễn ra Tuần lễ sạch đẹp.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('a duty timed by the campaign the plan sets', () => {
  it('is due the days after its end', () => {
    expect(task('Tổng hợp kết quả')?.deadline?.due).toBe('2034-05-24');
    expect(task('Tổng hợp kết quả')?.review).toBe(true);
  });

  it('runs for its span', () => {
    expect(task('Phát tin')?.deadline).toMatchObject({ kind: 'period', start: '2034-05-10', due: '2034-05-17' });
  });
});
