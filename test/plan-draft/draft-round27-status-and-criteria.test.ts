import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for these tests (round 27 of the drafter): a conclusion notice that opens with where things stand at a date and
// closes with what the results count for; neither is a duty.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN ĐỒNG XUÂN',
    'Số: 61/TB-UBND',
    'Đồng Xuân, ngày 12 tháng 3 năm 2029',
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND huyện về tiến độ xây dựng nông thôn mới',
    '1. Đến ngày 28/02/2029, huyện huy động được 42,5 tỷ đồng, đạt 64% kế hoạch vốn, thấp hơn cùng kỳ. Xã Hòa Tân còn 14 hộ chưa nhận tiền hỗ trợ; tuyến đường liên thôn còn 1,2 km chưa bàn giao mặt bằng. Nguyên nhân chủ yếu do công tác phối hợp giữa các phòng, ban chưa chặt chẽ.',
    '2. Giao nhiệm vụ:',
    '2.1. Phòng Nông nghiệp và Môi trường',
    '- Hướng dẫn xã Hòa Tân hoàn thiện hồ sơ trước ngày 30/4/2029.',
    '2.2. Ủy ban nhân dân các xã',
    '- Đến ngày 30/6/2029, các xã phải hoàn thành việc cắm mốc chỉ giới.',
    '3. Kết quả thực hiện là căn cứ để xét thi đua năm 2029 của các tập thể, cá nhân.',
  ].join('\n'),
);

describe('a status and a criterion in a conclusion notice', () => {
  it('"Đến ngày D, huyện huy động được …, đạt …" is where things stand, no task', () => {
    expect(draft.tasks.some((t) => t.source.includes('42,5 tỷ'))).toBe(false);
  });

  it('"… là căn cứ để xét thi đua …" is what results count for, no task', () => {
    expect(draft.tasks.some((t) => t.source.includes('căn cứ để xét'))).toBe(false);
  });

  it('a date to meet with "phải" stays a duty', () => {
    expect(draft.tasks.some((t) => t.source.includes('cắm mốc'))).toBe(true);
  });
});

describe('how goods are kept', () => {
  it('"Vắc xin … được bảo quản ở nhiệt độ …, không được …" is a rule, no task; "… được giao trước ngày D" stays one', () => {
    const kept = draftPlan(
      [
        'TRUNG TÂM Y TẾ HUYỆN LỘC BÌNH',
        'Số: 9/KH-TTYT',
        'Lộc Bình, ngày 02 tháng 01 năm 2029',
        'KẾ HOẠCH',
        'Tiêm chủng mở rộng năm 2029',
        'I. NHIỆM VỤ',
        '1. Khoa Dược',
        'Phân phối vắc xin cho các trạm trước ngày 10/01/2029.',
        '2. Đề nghị Phòng Giáo dục và Đào tạo huyện',
        'Chỉ đạo các trường bố trí phòng tiêm.',
        'Vắc xin phòng bệnh dại được bảo quản ở nhiệt độ từ +2°C đến +8°C, không được để đông băng.',
        'Thuốc thiết yếu được cấp cho các trạm trước ngày 15/01/2029.',
      ].join('\n'),
    );
    expect(kept.tasks.some((t) => t.source.includes('bảo quản'))).toBe(false);
    expect(kept.tasks.some((t) => t.source.includes('Thuốc thiết yếu'))).toBe(true);
  });
});

describe('acting on the appendix', () => {
  it('"… căn cứ Phụ lục triển khai thực hiện" is no duty of its own', () => {
    const closing = draftPlan(
      [
        'ỦY BAN NHÂN DÂN',
        'XÃ AN PHÚ',
        'Số: 12/KH-UBND',
        'An Phú, ngày 02 tháng 02 năm 2029',
        'KẾ HOẠCH',
        'Phát triển văn hóa cơ sở năm 2029',
        'II. NHIỆM VỤ',
        '1. Công chức Văn hóa - Xã hội tổ chức hội diễn văn nghệ trước ngày 30/4/2029.',
        'III. TỔ CHỨC THỰC HIỆN',
        'Các ban, ngành, đoàn thể xã căn cứ Phụ lục kèm theo triển khai thực hiện./.',
      ].join('\n'),
    );
    expect(closing.tasks.map((t) => t.title)).toEqual(['Tổ chức hội diễn văn nghệ']);
  });
});
