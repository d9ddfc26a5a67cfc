import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 29 of the drafter): a Youth Union branch named by its body, or a council named by its
// field, as the subject of a line.

const draft = draftPlan(
  [
    'SỞ Y TẾ TỈNH HÒA LÂM',
    'TRUNG TÂM Y TẾ HUYỆN TÂN AN',
    'Số: 40/KH-TTYT',
    'Tân An, ngày 03 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Cải tiến chất lượng năm 2029',
    'II. NHIỆM VỤ',
    '1. Phòng Kế hoạch - Nghiệp vụ',
    '- Xây dựng bộ chỉ số chất lượng, trình Giám đốc trước ngày 31/3/2029.',
    '2. Các hoạt động phối hợp',
    '- Hội đồng Quản lý chất lượng họp định kỳ mỗi quý một lần để đánh giá các đề án cải tiến.',
    '- Chi đoàn Khoa Nội tổng hợp phối hợp với Chi đoàn Khoa Ngoại tổ chức ngày hội "Bệnh viện xanh" trước ngày 30/4/2029.',
    '- Chi đoàn Trạm Y tế xã Tân Hòa tuyên truyền về tiêm chủng tại các ấp.',
    '- Hội đồng thẩm định danh mục kỹ thuật mới được thành lập theo quyết định của Giám đốc.',
  ].join('\n'),
);
const { by, name } = helpers(draft);

describe('a branch or a council as the subject of a line', () => {
  it('a council named by its field leads its line', () => {
    expect(name(by('họp định kỳ mỗi quý')?.lead)).toBe('Hội đồng Quản lý chất lượng');
  });

  it('a Youth Union branch named by its ward or post leads, not the ward itself', () => {
    expect(name(by('Bệnh viện xanh')?.lead)).toBe('Chi đoàn Khoa Nội tổng hợp');
    expect(name(by('tuyên truyền về tiêm chủng')?.lead)).toMatch(/^Chi đoàn Trạm Y tế xã Tân Hòa/u);
  });

  it('a council spelled in lower case names no unit', () => {
    expect(draft.units.some((u) => /^Hội đồng thẩm định/u.test(u.name))).toBe(false);
  });
});
