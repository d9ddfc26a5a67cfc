import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 33 of the drafter): under "KINH PHÍ" a unit that drafts, checks or submits the estimate by a
// date ("… lập dự toán chi tiết, trình … trước ngày …") was lost with the funding rules around it.

const draft = draftPlan(
  [
    ...HEAD,
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Tài nguyên và Môi trường huyện hướng dẫn các xã kiểm kê đất công trước ngày 30/3/2025.',
    'III. KINH PHÍ',
    '1. Kinh phí thực hiện từ nguồn ngân sách huyện năm 2025. Phòng Tài chính - Kế hoạch huyện lập dự toán chi tiết, trình Ủy ban nhân dân huyện phê duyệt trước ngày 10/3/2025.',
    '2. Các cơ quan, đơn vị lập dự toán kinh phí thực hiện nhiệm vụ được giao, gửi Phòng Tài chính - Kế hoạch huyện thẩm định theo quy định.',
    '3. Nguồn ngân sách huyện và nguồn xã hội hóa; Phòng Tài chính - Kế hoạch huyện hướng dẫn thanh quyết toán theo quy định.',
  ].join('\n'),
);

describe('the funding part', () => {
  it('keeps a unit given the estimate to draft by a date as a duty', () => {
    const { by, name } = helpers(draft);
    const task = by('lập dự toán chi tiết');
    expect(name(task?.lead)).toBe('Phòng Tài chính - Kế hoạch huyện Hòa Lộc');
    expect(task?.deadline).toMatchObject({ due: '2025-03-09' });
  });

  it('keeps a named unit guiding the settlement as a duty', () => {
    const { by, name } = helpers(draft);
    expect(name(by('thanh quyết toán')?.lead)).toBe('Phòng Tài chính - Kế hoạch huyện Hòa Lộc');
  });

  it('drafts neither where the money comes from nor how every unit budgets', () => {
    expect(draft.tasks.filter((t) => /nguồn ngân sách|^Nguồn|Các cơ quan, đơn vị lập dự toán/u.test(t.title))).toEqual([]);
    expect(draft.tasks).toHaveLength(3);
  });
});
