import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 12 of the drafter): a dated action, then another action with no date after ";".

describe('an undated action after a dated one', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí kiểm kê, trình trước ngày 31/3/2025; hướng dẫn các xã thanh toán, quyết toán kinh phí theo quy định.',
      '2. Phòng Tài nguyên và Môi trường lập danh sách thửa đất công trước ngày 30/4/2025; trình Ủy ban nhân dân huyện phê duyệt.',
      '3. Thanh tra huyện kiểm tra việc kiểm kê trong quý III/2025; định kỳ hằng quý báo cáo kết quả.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('makes the undated action a duty of its own, with no deadline', () => {
    expect(by('bố trí kinh phí kiểm kê')?.deadline?.due).toBe('2025-03-30');
    const guide = draft.tasks.find((t) => t.body.startsWith('hướng dẫn các xã thanh toán'));
    expect(guide).toBeDefined();
    expect(guide?.deadline).toBeUndefined();
  });

  it('keeps a clause that hands in the dated work with it', () => {
    expect(draft.tasks.filter((t) => t.source.includes('thửa đất công'))).toHaveLength(1);
  });
});
