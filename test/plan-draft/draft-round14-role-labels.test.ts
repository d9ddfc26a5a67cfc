import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 14 of the drafter): role lines under a duty labelled in other words.

const HEAD = ['SỞ XÂY DỰNG TỈNH NAM ĐỊNH LÂM', 'Số: 41/KH-SXD', 'Nam Định Lâm, ngày 02 tháng 4 năm 2028', 'KẾ HOẠCH', 'Phát triển nhà ở xã hội năm 2028'];

describe('role lines labelled in other words', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Rà soát quỹ đất dành cho nhà ở xã hội tại các khu đô thị.',
      '- Chủ trì thực hiện: Phòng Quản lý nhà.',
      '- Phối hợp thực hiện: Thanh tra Sở.',
      '- Thời hạn hoàn thành: trước ngày 30/6/2028.',
      '2. Công bố danh mục dự án nhà ở xã hội trên cổng thông tin của Sở.',
      '- Đơn vị chịu trách nhiệm: Văn phòng Sở.',
      '- Tiến độ: trong quý III/2028.',
      '- Kết quả: Danh mục được công bố.',
      '3. Hướng dẫn thủ tục mua, thuê mua nhà ở xã hội cho người lao động.',
      '- Chịu trách nhiệm chính: Phòng Quản lý nhà.',
      '- Cơ quan chủ trì thực hiện: Phòng Quản lý nhà.',
      '- Thời gian: thường xuyên.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives each duty the lead of its role line, whatever the label says', () => {
    expect(name(by('quỹ đất dành cho nhà ở xã hội')?.lead)).toBe('Phòng Quản lý nhà');
    expect(name(by('Công bố danh mục dự án')?.lead)).toBe('Văn phòng Sở');
    expect(name(by('thủ tục mua, thuê mua')?.lead)).toBe('Phòng Quản lý nhà');
  });

  it('never drafts a role, time or result line as a task', () => {
    expect(draft.tasks).toHaveLength(3);
    expect(draft.tasks.some((t) => /^(Chủ trì|Phối hợp|Đơn vị|Chịu trách|Tiến độ|Kết quả|Cơ quan|Thời)/u.test(t.title))).toBe(false);
  });
});
