import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 46 of the drafter): duties that name their units after a colon at the end, one opening with
// "Tham mưu", one with two units "đồng chủ trì".

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN TỈNH BẮC HÀ',
    'Số: 33/KH-UBND',
    'Bắc Hà, ngày 12 tháng 1 năm 2031',
    'KẾ HOẠCH',
    'Phòng, chống bệnh dại năm 2031',
    'I. NHIỆM VỤ',
    '1. Tham mưu phân bổ vắc xin dại cho các địa phương: Sở Nông nghiệp và Môi trường chủ trì, Sở Tài chính phối hợp; trước ngày 28/2/2031.',
    '2. Giám sát ổ dịch dại trên người và động vật: Sở Y tế và Sở Nông nghiệp và Môi trường đồng chủ trì; quý II/2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => [...draft.units, ...draft.groups].find((u) => u.code === code)?.name ?? '';

describe('units named after a colon at the duty’s end', () => {
  it('leads a duty that opens with "Tham mưu"', () => {
    expect(unit(task('vắc xin')?.lead)).toBe('Sở Nông nghiệp và Môi trường');
  });

  it('reads the first of two co-leads as the lead, and the duty before the colon as the title', () => {
    expect(unit(task('ổ dịch')?.lead)).toBe('Sở Y tế');
    expect(task('ổ dịch')?.title).toMatch(/^Giám sát ổ dịch dại/);
  });
});
