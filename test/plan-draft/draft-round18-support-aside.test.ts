import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 18 of the drafter): a department's plan whose items name their subject, then the
// units supporting it between commas, then the action.

describe('a subject followed by its support set off by commas', () => {
  const draft = draftPlan(
    [
      'UBND TỈNH HÒA SƠN',
      'SỞ XÂY DỰNG',
      'Số: 30/KH-SXD',
      'Hòa Sơn, ngày 02 tháng 3 năm 2029',
      'KẾ HOẠCH',
      'Kiểm tra chất lượng công trình năm 2029',
      'I. NHIỆM VỤ',
      '1. Phòng Kế hoạch - Tài chính, phối hợp với Thanh tra Sở, lập danh sách công trình kiểm tra trước ngày 20/3/2029.',
      '2. Văn phòng Sở, phối hợp chặt chẽ với Thanh tra Sở, Phòng Kế hoạch - Tài chính, bảo đảm xe cho các đoàn kiểm tra.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('leads the item by its subject, not by the issuer, and starts the title at the action', () => {
    const task = by('lập danh sách công trình');
    expect(name(task?.lead)).toBe('Phòng Kế hoạch - Tài chính');
    expect(task?.title).toMatch(/^Lập danh sách công trình/);
    expect(task?.support.map(name)).toContain('Thanh tra Sở');
  });

  it('takes every unit of the aside as support', () => {
    const task = by('bảo đảm xe');
    expect(name(task?.lead)).toBe('Văn phòng Sở');
    expect(task?.support.map(name)).toEqual(expect.arrayContaining(['Phòng Kế hoạch - Tài chính', 'Thanh tra Sở']));
  });
});
