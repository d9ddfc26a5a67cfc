import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 41 of the drafter): a department's plan whose section "CHỈ TIÊU VÀ NHIỆM VỤ" groups each
// field's targets and duties. The section holds duties, so it is no targets-only section; its "Chỉ tiêu" parts stay targets.

const draft = draftPlan(
  [
    'UBND TỈNH HÀ AN',
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    'Số: 12/KH-SGDĐT',
    'Hà An, ngày 05 tháng 01 năm 2029',
    'KẾ HOẠCH',
    'Phát triển giáo dục mầm non năm 2029',
    'I. MỤC ĐÍCH',
    'Nâng cao chất lượng chăm sóc trẻ.',
    'II. CHỈ TIÊU VÀ NHIỆM VỤ TỪNG LĨNH VỰC',
    '1. Lĩnh vực trường lớp',
    '1.1. Chỉ tiêu',
    '- Đến hết năm 2029, tỷ lệ trẻ mẫu giáo đến lớp đạt 98%.',
    '1.2. Nhiệm vụ',
    '- Phòng Kế hoạch - Tài chính rà soát nhu cầu phòng học mầm non, hoàn thành trong tháng 4/2029.',
    '- Phòng Giáo dục Mầm non hướng dẫn các trường xây dựng góc học tập trước ngày 30/8/2029.',
  ].join('\n'),
);

describe('a "Chỉ tiêu và nhiệm vụ" section', () => {
  it('drafts the duties under it, with their units and times', () => {
    const { by, name } = helpers(draft);
    expect(name(by('nhu cầu phòng học')?.lead)).toBe('Phòng Kế hoạch - Tài chính');
    expect(by('nhu cầu phòng học')?.deadline).toMatchObject({ due: '2029-04-30' });
    expect(by('góc học tập')?.deadline).toMatchObject({ due: '2029-08-29' });
  });

  it('keeps the targets out of the tasks', () => {
    const { by } = helpers(draft);
    expect(by('trẻ mẫu giáo đến lớp')).toBeUndefined();
  });
});
