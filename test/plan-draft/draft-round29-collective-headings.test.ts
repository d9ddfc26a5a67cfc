import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 29 of the drafter): headings naming a collective by what its members are, outside the
// gazetteer, by their heads without "các", or with which of them the heading means.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN TÂN LẬP',
    'Số: 14/KH-UBND',
    'Tân Lập, ngày 09 tháng 01 năm 2029',
    'KẾ HOẠCH',
    'Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán năm 2029',
    'II. NHIỆM VỤ',
    '1. Các chủ cơ sở sản xuất bánh kẹo, giò chả, rượu thủ công (kể cả hộ gia đình)',
    '- Niêm yết nguồn gốc nguyên liệu tại nơi sản xuất trước ngày 20/01/2029.',
    '2. Trưởng khoa, phòng chuyên môn thuộc Trung tâm Y tế huyện',
    '- Phân công cán bộ trực ngộ độc thực phẩm trong các ngày Tết.',
    '3. Ủy ban nhân dân các xã có chợ đầu mối',
    '- Kiểm tra các quầy hàng thực phẩm tại chợ trước ngày 25/01/2029.',
    '4. Trưởng thôn Bình An',
    '- Vận động nhân dân không sử dụng thực phẩm không rõ nguồn gốc.',
  ].join('\n'),
);
const { by, name } = helpers(draft);

describe('a heading naming a collective by what its members are', () => {
  it('owners of a kind of establishment, described up to the bracket, lead the lines under it', () => {
    expect(name(by('Niêm yết nguồn gốc')?.lead)).toMatch(/^các chủ cơ sở sản xuất bánh kẹo, giò chả, rượu thủ công$/iu);
  });

  it('the heads of a collective named without "các" lead, and the rest of the heading is no task', () => {
    expect(name(by('trực ngộ độc')?.lead)).toBe('Trưởng khoa, phòng chuyên môn');
    expect(draft.tasks.some((t) => /Trung tâm Y tế huyện$/u.test(t.title))).toBe(false);
  });

  it('"có …" after a collective says which of them, and is no task', () => {
    expect(name(by('quầy hàng thực phẩm')?.lead)).toBe('Ủy ban nhân dân các xã');
    expect(draft.tasks.some((t) => /chợ đầu mối/u.test(t.title))).toBe(false);
  });

  it('the head of one named hamlet names no collective', () => {
    expect(draft.groups.some((g) => /^Trưởng thôn/u.test(g.name))).toBe(false);
  });
});
