import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 13 of the drafter): a line worded as a target whose closing bracket names its doer.

describe('a standing line with its doer in a closing bracket', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Quản lý hồ sơ',
      'a) Bảo đảm 100% hồ sơ địa chính được lưu trữ điện tử (Phòng Tài nguyên và Môi trường thực hiện; thường xuyên).',
      'b) 100% thửa đất công được cắm mốc giới (Ủy ban nhân dân các xã chủ trì, thường xuyên).',
      'c) Phấn đấu 100% thửa đất công được đưa vào sử dụng.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('drafts it as a duty of the unit in the bracket, with no deadline', () => {
    const task = by('lưu trữ điện tử');
    expect(name(task?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(task?.deadline).toBeUndefined();
    expect(by('cắm mốc giới')).toBeDefined();
  });

  it('leaves a target with no doer a target', () => {
    expect(by('đưa vào sử dụng')).toBeUndefined();
  });
});
