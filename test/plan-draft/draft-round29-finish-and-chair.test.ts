import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 29 of the drafter): a clause finishing work after ";", and a dated sentence opening with
// the unit's role after an undated one.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN AN PHÚ',
    'Số: 77/KH-UBND',
    'An Phú, ngày 04 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Quản lý đất công năm 2029',
    'II. NHIỆM VỤ',
    '1. Phòng Nông nghiệp và Môi trường',
    'Kiểm kê quỹ đất công do xã quản lý, lập hồ sơ từng thửa; hoàn thành kiểm kê trước ngày 30/9 hằng năm.',
    '2. Phòng Tài chính - Kế hoạch',
    'Bố trí kinh phí đo đạc, cắm mốc các khu đất công; hoàn thành đấu giá 05 khu đất trước ngày 15/11/2029.',
    '3. Thanh tra huyện',
    'Tiếp nhận, xử lý đơn thư về lấn chiếm đất công khi có phát sinh. Chủ trì, phối hợp với Công an huyện thanh tra việc cho thuê đất công tại xã Phú Hữu trong quý III/2029.',
    '4. Văn phòng HĐND và UBND huyện',
    'Cập nhật hồ sơ đất công vào hệ thống, hoàn thành trước ngày 31/5/2029.',
  ].join('\n'),
);
const { by } = helpers(draft);

describe('"; hoàn thành …" after a duty', () => {
  it("finishing the work named before is that work's time, no task of its own", () => {
    const task = by('Kiểm kê quỹ đất công');
    expect(task?.deadline?.kind).toBe('recurrence');
    expect(task?.deadline?.recurrence?.frequency).toBe('yearly');
    expect(draft.tasks.filter((t) => t.source.includes('hoàn thành kiểm kê'))).toHaveLength(1);
  });

  it('finishing other work stays with the duty before it, as the older keys count it', () => {
    expect(by('Bố trí kinh phí đo đạc')?.source).toContain('đấu giá 05 khu đất');
  });

  it('a "hoàn thành trước ngày D" closing the same sentence still dates it', () => {
    expect(by('Cập nhật hồ sơ đất công')?.deadline?.due).toBe('2029-05-30');
  });
});

describe('a dated sentence opening with "Chủ trì, phối hợp với …" after an undated one', () => {
  it('is a task of its own with the date, and leaves the first undated', () => {
    expect(by('Tiếp nhận, xử lý đơn thư')?.deadline).toBeUndefined();
    expect(by('thanh tra việc cho thuê')?.deadline?.due).toBe('2029-09-30');
    expect(by('thanh tra việc cho thuê')?.source).not.toContain('đơn thư');
  });
});
