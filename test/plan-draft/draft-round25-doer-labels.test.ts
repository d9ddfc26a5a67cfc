import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 25 of the drafter): activities whose doer line is labelled by the body's own offices
// ("Bộ phận …") or a campaign's forces ("Lực lượng …") rather than "Cơ quan / Đơn vị …".

const HEAD = [
  'SỞ Y TẾ TỈNH AN THÁI',
  'TRUNG TÂM Y TẾ HUYỆN ĐÔNG SƠN',
  'Số: 18/KH-TTYT',
  'Đông Sơn, ngày 06 tháng 3 năm 2029',
  'KẾ HOẠCH',
  'Truyền thông phòng chống lao năm 2029',
];

describe('"Bộ phận …:" and "Lực lượng …:" doer lines', () => {
  it('lead, support and executor lines under an activity heading name its lead and support and are no tasks', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'I. HOẠT ĐỘNG',
        '1. Nói chuyện chuyên đề tại trường học',
        '- Nội dung: Nói chuyện về phát hiện sớm bệnh lao cho học sinh trung học cơ sở.',
        '- Bộ phận thực hiện: Khoa Kiểm soát bệnh tật chủ trì; Phòng Dân số phối hợp.',
        '- Tiến độ: Trong tháng 4/2029.',
        '2. Khám sàng lọc tại cộng đồng',
        '- Nội dung: Chụp X-quang sàng lọc cho người có triệu chứng nghi lao tại 05 xã.',
        '- Bộ phận chủ trì: Khoa Chẩn đoán hình ảnh.',
        '- Bộ phận phối hợp: Trạm Y tế các xã.',
        '- Tiến độ: Hoàn thành trước ngày 31/5/2029.',
        '3. Bảo đảm an ninh buổi khám',
        '- Nội dung: Giữ trật tự tại điểm khám sàng lọc.',
        '- Lực lượng thực hiện: Công an huyện.',
        '- Tiến độ: Từ ngày 02/5 đến ngày 31/5/2029.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(draft.tasks.some((t) => /^(?:Bộ phận|Lực lượng)/u.test(t.title))).toBe(false);
    expect(draft.tasks).toHaveLength(3);
    expect(name(by('phát hiện sớm bệnh lao')?.lead)).toBe('Khoa Kiểm soát bệnh tật');
    expect(by('phát hiện sớm bệnh lao')?.deadline?.due).toBe('2029-04-30');
    expect(name(by('X-quang')?.lead)).toBe('Khoa Chẩn đoán hình ảnh');
    expect(by('X-quang')?.support.map(name)).toEqual([expect.stringMatching(/^Trạm Y tế/u)]);
    expect(name(by('Giữ trật tự')?.lead)).toMatch(/^Công an huyện/u);
    expect(by('Giữ trật tự')?.deadline?.due).toBe('2029-05-31');
  });
});
