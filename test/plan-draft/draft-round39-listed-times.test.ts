import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 39 of the drafter): a table row whose time cell lists two full times with a semicolon.

describe('a time cell listing two times', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN TỈNH ĐÔNG HẢI',
      'Số: 52/KH-UBND',
      'Đông Hải, ngày 10 tháng 01 năm 2028',
      'KẾ HOẠCH',
      'Xúc tiến thương mại nông sản năm 2028 - 2029',
      'PHỤ LỤC',
      '| STT | Nội dung | Cơ quan chủ trì | Thời gian |',
      '|---|---|---|---|',
      '| 1 | Tổ chức tuần lễ quảng bá trái cây đặc sản | Sở Công Thương | Tháng 6/2028; tháng 6/2029 |',
      '| 2 | Khảo sát nhu cầu tiêu thụ của các siêu thị | Sở Công Thương | Quý II/2028 |',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('makes one task for each time, each due at its own time', () => {
    const weeks = draft.tasks.filter((t) => t.source.includes('tuần lễ quảng bá'));
    expect(weeks.map((t) => t.deadline?.due)).toEqual(['2028-06-30', '2029-06-30']);
  });

  it('leaves a single time as one task', () => {
    expect(draft.tasks.filter((t) => t.source.includes('Khảo sát nhu cầu'))).toHaveLength(1);
    expect(by('Khảo sát nhu cầu')?.deadline?.due).toBe('2028-06-30');
  });
});
