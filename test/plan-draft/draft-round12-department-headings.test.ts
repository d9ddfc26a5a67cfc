import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 12 of the drafter): a heading that names one department whose name goes on in lower case.

describe('a department named alone on its heading line, in lower case after a comma', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Công chức, viên chức',
      '- Thẩm định hồ sơ nâng ngạch, hoàn thành trước ngày 30/9/2025.',
      '2. Phòng Kế hoạch, tài chính',
      '- Lập dự toán ngân sách năm 2026 trước ngày 15/7/2025.',
      '3. Bộ Tài chính giao:',
      '- Kho bạc Nhà nước huyện kiểm soát chi kinh phí kiểm kê.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the whole line as the department', () => {
    expect(name(by('nâng ngạch')?.lead)).toBe('Phòng Công chức, viên chức');
    expect(name(by('dự toán ngân sách')?.lead)).toBe('Phòng Kế hoạch, tài chính');
  });

  it('does not read the verb of a lead-in as part of a name', () => {
    expect(draft.units.map((u) => u.name)).not.toContain('Bộ Tài chính giao');
  });
});
