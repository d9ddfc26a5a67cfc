import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 31 of the drafter): a unit heading alone on its line over its items, whose name the
// gazetteer reads short ("Tổ Kiểm tra" of "Tổ Kiểm tra liên ngành số 2", "Phòng Nghiệp vụ" of "Phòng Nghiệp vụ tổng hợp").

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN BÌNH LÂM',
    'Số: 77/KH-UBND',
    'Bình Lâm, ngày 10 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Kiểm tra an toàn thực phẩm năm 2029',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Nghiệp vụ tổng hợp',
    '- Lập danh sách cơ sở kinh doanh thực phẩm, xong trước ngày 30/4/2029.',
    '2. Tổ Kiểm tra liên ngành số 2',
    '- Kiểm tra các bếp ăn tập thể trong tháng 5/2029.',
    '3. Ủy ban Kiểm tra Đảng ủy xã',
    '- Giám sát việc chấp hành quy định về an toàn thực phẩm tại các chợ.',
    '4. Sở Y tế tăng cường kiểm tra cơ sở',
    '- Tổ chức lấy mẫu thực phẩm trước ngày 30/6/2029.',
  ].join('\n'),
);

describe('a unit heading whose name was read short', () => {
  it('is no task of its own', () => {
    const titles = draft.tasks.map((t) => t.title);
    expect(titles.some((t) => /^(?:tổng hợp|liên ngành số 2|Đảng ủy xã)$/iu.test(t))).toBe(false);
    expect(titles.some((t) => /Phòng Nghiệp vụ|Tổ Kiểm tra|Ủy ban Kiểm tra/u.test(t))).toBe(false);
  });

  it('leads the items under it', () => {
    const { by, name } = helpers(draft);
    expect(name(by('Lập danh sách cơ sở')?.lead)).toMatch(/^Phòng Nghiệp vụ/u);
    expect(name(by('bếp ăn tập thể')?.lead)).toMatch(/^Tổ Kiểm tra/u);
    expect(name(by('tại các chợ')?.lead)).toMatch(/^Ủy ban Kiểm tra/u);
  });

  it('stays a duty when a verb with its object follows the unit', () => {
    expect(draft.tasks.some((t) => /tăng cường kiểm tra cơ sở/u.test(t.source))).toBe(true);
  });
});
