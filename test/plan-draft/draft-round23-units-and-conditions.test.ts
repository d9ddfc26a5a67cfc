import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 23 of the drafter): units named with lower-case words or a short form, a request inside
// what is submitted, conditional reporting duties, a line opened by its unit with a percentage.

const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH LỘC', 'Số: 16/KH-UBND', 'Bình Lộc, ngày 08 tháng 01 năm 2029', 'KẾ HOẠCH', 'Giải phóng mặt bằng năm 2029'];

describe('unit headings with lower-case words or a short form', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. NHIỆM VỤ',
      '1. Trung tâm Phát triển quỹ đất huyện',
      '- Kiểm đếm tài sản trên đất của 30 hộ, xong trước ngày 28/02/2029.',
      '2. Ban QLDA đầu tư xây dựng huyện',
      '- Đôn đốc nhà thầu thi công trên phần mặt bằng đã bàn giao.',
      '3. Phòng Tài chính - Kế hoạch',
      '- Thẩm định dự toán, trình Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân tỉnh hỗ trợ vốn, hoàn thành trước ngày 15/3/2029.',
      '4. Đề nghị Đảng ủy Quân sự huyện, Đảng ủy Công an huyện',
      'Chỉ đạo bảo đảm an ninh, trật tự khi cưỡng chế.',
      '5. Các khoa lâm sàng, cận lâm sàng Trung tâm Y tế huyện',
      '- Bố trí kíp trực cấp cứu trong ngày cưỡng chế.',
      '6. Đoàn các huyện, thị xã, thành phố tổ chức ra quân dọn vệ sinh khu tái định cư trong tháng 3/2029.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each heading as the unit that leads the lines under it, with no task from the rest of its name', () => {
    expect(name(by('Kiểm đếm tài sản')?.lead)).toBe('Trung tâm Phát triển quỹ đất huyện Bình Lộc');
    expect(name(by('Đôn đốc nhà thầu')?.lead)).toMatch(/^Ban Quản lý dự án đầu tư xây dựng huyện/u);
    expect(name(by('an ninh, trật tự')?.lead)).toMatch(/^Đảng ủy Quân sự huyện/u);
    expect(by('an ninh, trật tự')?.support.map(name)).toEqual([expect.stringMatching(/^Đảng ủy Công an huyện/u)]);
    expect(name(by('kíp trực cấp cứu')?.lead)?.toLocaleLowerCase('vi')).toBe('các khoa lâm sàng, cận lâm sàng');
    expect(name(by('dọn vệ sinh')?.lead)?.toLocaleLowerCase('vi')).toBe('đoàn các huyện, thị xã, thành phố');
    expect(draft.tasks.some((t) => /^(?:Triển quỹ đất|Lâm sàng|Tâm Y tế)/u.test(t.title))).toBe(false);
  });

  it('keeps the heading as lead when what is submitted asks a body above', () => {
    expect(name(by('Thẩm định dự toán')?.lead)).toBe('Phòng Tài chính - Kế hoạch');
  });
});

describe('conditional duties and lines opened by their unit', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ CỤ THỂ',
      '- Hội đồng khám sức khỏe huyện tổ chức khám cho người lao động từ ngày 02/4/2029 đến ngày 12/4/2029; xét nghiệm 100% người có triệu chứng.',
      '- Trường hợp hộ đã được phê duyệt phương án có thay đổi nhân khẩu, công chức Địa chính - Xây dựng báo cáo Phòng Tài nguyên và Môi trường để điều chỉnh.',
      '- Trường hợp người dân được hỗ trợ chưa nhận tiền, Ủy ban nhân dân các xã kịp thời báo cáo Ủy ban nhân dân huyện.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('drafts a line opened by its unit as its duty, whatever percentage it holds', () => {
    expect(name(by('khám cho người lao động')?.lead)).toMatch(/^Hội đồng khám sức khỏe huyện/u);
    expect(draft.criteria.some((c) => c.text.includes('khám cho người lao động'))).toBe(false);
  });

  it('drafts "Trường hợp …, X báo cáo …" as X\'s duty, a commune post in lower case too', () => {
    expect(name(by('thay đổi nhân khẩu')?.lead)).toBe('Công chức Địa chính - Xây dựng');
    expect(name(by('chưa nhận tiền')?.lead)?.toLocaleLowerCase('vi')).toBe('ủy ban nhân dân các xã');
  });
});

describe('a unit heading over one paragraph and its time line', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. NHIỆM VỤ',
      '1. Phòng Tài chính - Kế hoạch',
      'Lập dự toán kinh phí bồi thường, trình Ủy ban nhân dân huyện phê duyệt.',
      'Thời gian: trước ngày 31/3/2029.',
      '',
      '2. Các khoa lâm sàng, cận lâm sàng',
      'Bố trí kíp trực cấp cứu; cử một điều dưỡng theo dõi người bị thương.',
      'Thời gian: thường xuyên.',
      'IV. HOẠT ĐỘNG',
      '1. Lễ ra quân lúc 06 giờ 30 ngày 02/4/2029 tại sân Ủy ban nhân dân xã (Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì).',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it("drafts the paragraph as the heading unit's duty with the time line under it", () => {
    expect(name(by('Lập dự toán kinh phí')?.lead)).toBe('Phòng Tài chính - Kế hoạch');
    expect(by('Lập dự toán kinh phí')?.deadline?.due).toBe('2029-03-30');
    expect(name(by('kíp trực cấp cứu')?.lead)?.toLocaleLowerCase('vi')).toBe('các khoa lâm sàng, cận lâm sàng');
  });

  it('keeps an event with the unit that runs it in a bracket as a duty', () => {
    expect(by('Lễ ra quân')).toBeDefined();
  });
});
