import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { parseOutline } from '../../src/core/plan-draft/outline.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 30 of the drafter): "Thứ nhất, …" items under a numbered unit heading, and a unit
// heading closed by ", nhiệm vụ cụ thể:".

const lines = [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN ĐÔNG LỘC',
  'Số: 21/KH-UBND',
  'Đông Lộc, ngày 10 tháng 02 năm 2029',
  'KẾ HOẠCH',
  'Tổ chức Ngày hội đọc sách năm 2029',
  'II. PHÂN CÔNG NHIỆM VỤ',
  '1. Giao Phòng Văn hóa - Thông tin huyện là cơ quan thường trực, có trách nhiệm:',
  'Thứ nhất, tham mưu tổ chức Ngày hội đọc sách cấp huyện vào ngày 21/4/2029.',
  'Thứ hai, tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 15/5/2029.',
  '2. Thư viện huyện',
  'Trưng bày sách chuyên đề tại Nhà Văn hóa huyện từ ngày 18/4 đến ngày 23/4/2029.',
  '3. Phòng Giáo dục và Đào tạo huyện, nhiệm vụ cụ thể:',
  'Thứ nhất, chỉ đạo các trường tổ chức Tuần lễ đọc sách, xong trước ngày 30/4/2029.',
  'Thứ hai, phát động học sinh quyên góp sách cho thư viện trường học vùng khó khăn.',
];

describe('"Thứ nhất, …" items under a numbered heading', () => {
  it("are that heading's items, not numbered sections beside it", () => {
    const roots = parseOutline(lines, 6);
    const first = roots[0]!.children[0]!;
    expect(first.text).toMatch(/^Giao Phòng Văn hóa/u);
    expect(first.children.map((c) => c.text)).toEqual([
      'Tham mưu tổ chức Ngày hội đọc sách cấp huyện vào ngày 21/4/2029.',
      'Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 15/5/2029.',
    ]);
    expect(roots[0]!.children.map((c) => c.label)).toEqual(['1', '2', '3']);
  });

  it('are led by the heading\'s unit, also when it closes with ", nhiệm vụ cụ thể:", and each stays a duty', () => {
    const draft = draftPlan(lines.join('\n'));
    const { by, name } = helpers(draft);
    const leadOf = (words: string) => name(by(words)?.lead);
    expect(leadOf('Ngày hội đọc sách cấp huyện')).toMatch(/^Phòng Văn hóa - Thông tin huyện/u);
    expect(leadOf('báo cáo Ủy ban nhân dân huyện trước ngày 15/5')).toMatch(/^Phòng Văn hóa - Thông tin huyện/u);
    expect(leadOf('Tuần lễ đọc sách')).toMatch(/^Phòng Giáo dục và Đào tạo huyện/u);
    expect(leadOf('quyên góp sách')).toMatch(/^Phòng Giáo dục và Đào tạo huyện/u);
  });
});
