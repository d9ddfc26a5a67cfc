import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 21 of the drafter): a campaign month with its peak and a one-day gathering inside it.

describe('a campaign peak and a gathering counted from', () => {
  const draft = draftPlan(
    [
      'HỘI LIÊN HIỆP PHỤ NỮ HUYỆN AN PHÚ',
      'Số: 14/KH-HPN',
      'An Phú, ngày 06 tháng 02 năm 2030',
      'KẾ HOẠCH',
      'Tháng hành động vì bình đẳng giới năm 2030',
      'I. THỜI GIAN',
      '1. Tháng hành động năm 2030: đợt cao điểm từ ngày 15/5/2030 đến hết ngày 15/6/2030.',
      '2. Hội trại "Phụ nữ khởi nghiệp" diễn ra trong 01 ngày, khai mạc lúc 08 giờ ngày 20/5/2030 tại Nhà văn hóa huyện.',
      'II. NHIỆM VỤ',
      '1. Ban Tuyên giáo Hội Liên hiệp Phụ nữ huyện',
      '- Tổng hợp kết quả Tháng hành động, báo cáo Ban Thường vụ trong vòng 07 ngày sau khi kết thúc đợt cao điểm.',
      '- Tổ chức tọa đàm "Phụ nữ với chuyển đổi số" vào buổi sáng ngày khai mạc.',
      '2. Hội Liên hiệp Phụ nữ các xã, thị trấn',
      '- Gửi báo cáo kết quả về Hội Liên hiệp Phụ nữ huyện chậm nhất 03 ngày sau khi kết thúc đợt cao điểm.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('counts "N ngày sau khi kết thúc đợt cao điểm" from the peak\'s last day, flagged', () => {
    expect(by('tọa đàm')).toBeDefined();
    expect(by('báo cáo Ban Thường vụ')?.deadline?.due).toBe('2030-06-22');
    expect(by('chậm nhất 03 ngày')?.deadline?.due).toBe('2030-06-18');
    expect(by('chậm nhất 03 ngày')?.reviewNotes.join(' ')).toMatch(/cao điểm/);
  });

  it('dates work "vào buổi sáng ngày khai mạc" on the opening day', () => {
    expect(by('tọa đàm')?.deadline?.due).toBe('2030-05-20');
  });

  it('makes the labelled peak line a phase and the gathering statement no task', () => {
    expect(draft.phases.some((p) => p.start === '2030-05-15' && p.end === '2030-06-15')).toBe(true);
    expect(draft.tasks.some((t) => t.source.includes('đợt cao điểm từ ngày 15/5/2030'))).toBe(false);
    expect(draft.tasks.some((t) => t.source.includes('Hội trại "Phụ nữ khởi nghiệp" diễn ra'))).toBe(false);
  });
});
