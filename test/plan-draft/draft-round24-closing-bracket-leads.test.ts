import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 24 of the drafter): a work calendar names each line's lead in a bracket closing the line.

const HEAD = [
  'UBND TỈNH HÀ NGUYÊN',
  'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
  'Số: 45/KH-SNNMT',
  'Hà Nguyên, ngày 08 tháng 01 năm 2029',
  'KẾ HOẠCH',
  'Công tác trọng tâm năm 2029',
  'I. LỊCH CÔNG TÁC',
  'Quý I/2029',
];

const draftOf = (...lines: string[]) => draftPlan([...HEAD, ...lines, 'II. TỔ CHỨC THỰC HIỆN', 'Văn phòng Sở theo dõi, đôn đốc thực hiện.'].join('\n'));

describe('a lead in a bracket closing the line', () => {
  it('leads the verb-first line it closes, its lower-case words included in the name', () => {
    const draft = draftOf(
      '- Rà soát quy hoạch ba loại rừng, trình Ủy ban nhân dân tỉnh trước ngày 20/02/2029 (Chi cục Kiểm lâm).',
      '- Hướng dẫn các xã lập phương án phòng cháy rừng mùa khô (Phòng Quản lý bảo vệ rừng và bảo tồn thiên nhiên).',
      '- Dự trù kinh phí trồng rừng thay thế (Phòng Kế hoạch - Tài chính thực hiện).',
    );
    const { by, name } = helpers(draft);
    expect(name(by('ba loại rừng')?.lead)).toBe('Chi cục Kiểm lâm');
    expect(name(by('phòng cháy rừng')?.lead)).toBe('Phòng Quản lý bảo vệ rừng và bảo tồn thiên nhiên');
    // the role word closing the bracket is no part of the name
    expect(name(by('rừng thay thế')?.lead)).toBe('Phòng Kế hoạch - Tài chính');
  });

  it('after a person\'s title the bracket is the lead, and no unit runs into it ("trình Giám đốc Sở (Phòng …)")', () => {
    const draft = draftOf('- Tổng hợp nhu cầu đào tạo viên chức, trình Giám đốc Sở (Phòng Tổ chức cán bộ).');
    const { by, name } = helpers(draft);
    expect(name(by('nhu cầu đào tạo')?.lead)).toBe('Phòng Tổ chức cán bộ');
    expect(draft.units.map((u) => u.name).join('|')).not.toMatch(/Sở \(|Sở Phòng/u);
  });

  it('after a collective the bracket is the lead; after one unit, or a collective after a collective, it is an alias, not the lead', () => {
    const draft = draftOf(
      '3. Phòng Kế hoạch - Tài chính',
      '- Kiểm tra việc sử dụng kinh phí sự nghiệp tại các huyện, thị xã (Thanh tra Sở).',
      '- Gửi báo cáo quý về Cơ quan thường trực Ban Chỉ đạo tỉnh (Công an tỉnh).',
      '- Hướng dẫn trồng rừng thay thế cho Ủy ban nhân dân các xã, thị trấn (UBND cấp xã).',
    );
    const { by, name } = helpers(draft);
    expect(name(by('kinh phí sự nghiệp')?.lead)).toBe('Thanh tra Sở');
    expect(name(by('báo cáo quý')?.lead)).toBe('Phòng Kế hoạch - Tài chính');
    // a collective in the bracket after a collective is its short form
    expect(name(by('trồng rừng thay thế')?.lead)).toBe('Phòng Kế hoạch - Tài chính');
  });

  it('a subject opening the line still leads, and a bracket with more than a unit in it names no lead', () => {
    const draft = draftOf(
      '- Chi cục Thủy lợi kiểm tra các hồ chứa xung yếu trước mùa mưa (Phòng Kế hoạch - Tài chính).',
      '- Tập huấn nghiệp vụ quản lý đê điều cho cán bộ xã (tại Văn phòng Sở).',
    );
    const { by, name } = helpers(draft);
    expect(name(by('hồ chứa xung yếu')?.lead)).toBe('Chi cục Thủy lợi');
    expect(by('quản lý đê điều')).toBeDefined();
    expect(name(by('quản lý đê điều')?.lead)).not.toBe('Văn phòng Sở');
  });
});
