import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 5 of the drafter): headings that are duties with their own
// "Cơ quan chủ trì / Thời gian" lines, directives whose paragraphs open with a unit's head.

describe('items that name their unit and date, before an item with "Cơ quan chủ trì" lines', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NỘI DUNG',
      '2. Rà soát văn bản',
      '2.1. Phòng Tư pháp rà soát các văn bản của huyện về đất công, báo cáo UBND huyện trước ngày 31/03/2025.',
      '2.2. Rà soát quy định về phí sử dụng đất công, đề xuất sửa đổi trong quý III/2025.',
      '2.3. Xây dựng quy định quản lý quỹ đất công ích',
      '- Cơ quan chủ trì: Phòng Tài nguyên và Môi trường.',
      '- Thời gian hoàn thành: Trước ngày 30/6/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('keeps the unit and the date an item names itself', () => {
    expect(name(by('văn bản của huyện')?.lead)).toBe('Phòng Tư pháp');
    expect(by('văn bản của huyện')?.deadline?.due).toBe('2025-03-30');
  });

  it('takes from the lines below only what an item does not say', () => {
    expect(name(by('phí sử dụng đất công')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(by('phí sử dụng đất công')?.deadline?.due).toBe('2025-09-30');
    expect(name(by('quỹ đất công ích')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(by('quỹ đất công ích')?.deadline?.due).toBe('2025-06-29');
  });
});

describe('a directive whose numbered paragraphs open with the head of a unit', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'Chủ tịch UBND huyện chỉ thị:',
      '1. Trưởng Công an huyện chỉ đạo công an các xã kiểm tra các cơ sở chế biến lâm sản, hoàn thành trước ngày 31/3/2025.',
      '2. Trưởng phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí mua dụng cụ chữa cháy rừng trước ngày 15/02/2025.',
      '3. Giám đốc các Sở: Xây dựng, Công Thương, Nông nghiệp và Phát triển nông thôn kiểm tra an toàn lao động tại các công trình trong quý III/2025.',
      '4. Trưởng Ban Quản lý các khu công nghiệp tỉnh yêu cầu các doanh nghiệp bổ sung nội quy an toàn lao động trước ngày 30/6/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives the duty to the unit of the head ("Trưởng Công an huyện", "Trưởng phòng …")', () => {
    expect(name(by('chế biến lâm sản')?.lead)).toBe('Công an huyện Hòa Lộc');
    expect(by('chế biến lâm sản')?.title).toMatch(/^Chỉ đạo công an các xã/);
    expect(name(by('dụng cụ chữa cháy')?.lead)).toBe('Phòng Tài chính - Kế hoạch');
    expect(name(by('nội quy an toàn')?.lead)).toBe('Ban Quản lý các khu công nghiệp tỉnh');
  });

  it('reads "Giám đốc các Sở: A, B, C" as the three departments, the first leading', () => {
    const task = by('tại các công trình');
    expect(name(task?.lead)).toBe('Sở Xây dựng');
    expect(task?.support.map(name)).toEqual(['Sở Công Thương', 'Sở Nông nghiệp và Phát triển nông thôn']);
  });
});

describe('a paragraph of dated duties ending with work that goes on', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'Chủ tịch UBND huyện chỉ thị:',
      '1. Chủ tịch UBND các xã, thị trấn: kiện toàn Ban Chỉ huy phòng cháy rừng cấp xã trước ngày 25/02/2025; bố trí người trực chốt tại các vùng rừng trọng điểm suốt mùa khô.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('makes the ongoing work ("suốt mùa khô", "hằng ngày", "thường xuyên") a duty of its own, with no date', () => {
    expect(by('kiện toàn')?.deadline?.due).toBe('2025-02-24');
    expect(by('trực chốt')?.source).not.toMatch(/kiện toàn/);
    expect(by('trực chốt')?.deadline).toBeUndefined();
  });
});

describe('a duty with "Chủ trì: …; phối hợp: …; thời gian: …" written after its sentence', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Nhóm nhiệm vụ về hạ tầng',
      'a) Kiểm tra chất lượng nước sinh hoạt tại các công trình cấp nước tập trung. Chủ trì: Trung tâm Y tế huyện; phối hợp: Phòng Tài nguyên và Môi trường; thời gian: tháng 7/2025.',
      'b) Nâng cấp đèn chiếu sáng trên các trục đường thôn',
      '- Đơn vị chủ trì: UBND các xã, thị trấn.',
      '- Thời hạn: Quý III/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the lead, the support and the time from the short lines', () => {
    const task = by('nước sinh hoạt');
    expect(name(task?.lead)).toBe('Trung tâm Y tế huyện Hòa Lộc');
    expect(task?.support.map(name)).toEqual(['Phòng Tài nguyên và Môi trường']);
    expect(task?.deadline?.due).toBe('2025-07-31');
    expect(task?.title).toBe('Kiểm tra chất lượng nước sinh hoạt tại các công trình cấp nước tập trung');
  });

  it('does not flag a time given on a time line as maybe not a deadline', () => {
    expect(by('nước sinh hoạt')?.review).toBe(false);
    expect(by('đèn chiếu sáng')?.reviewNotes.some((n) => /chưa chắc là hạn/.test(n))).toBe(false);
  });
});

describe('the closing request of a directive with the adverb after the verb', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'Chủ tịch UBND huyện chỉ thị:',
      '1. Phòng Tư pháp rà soát hồ sơ đất công trước ngày 30/6/2025.',
      'Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn tổ chức thực hiện nghiêm Chỉ thị này./.',
    ].join('\n'),
  );

  it('is no duty', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual(['Rà soát hồ sơ đất công']);
  });
});

describe('a letter whose dash paragraphs open with "Unit: " and whose requests go to mass organisations', () => {
  const draft = draftPlan(
    [
      'UBND TỈNH HÒA SƠN',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'Số: 1450/SGDĐT-CTTT',
      'V/v phòng, chống đuối nước cho học sinh',
      'Hòa Sơn, ngày 12 tháng 5 năm 2025',
      'Kính gửi:',
      '- Phòng Giáo dục và Đào tạo các huyện, thành phố;',
      '- Các trường trung học phổ thông.',
      'Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện một số nội dung sau:',
      '- Phòng Giáo dục và Đào tạo các huyện, thành phố: chỉ đạo các trường tuyên truyền kỹ năng an toàn, hoàn thành chậm nhất ngày 25/5/2025; phối hợp với Huyện đoàn tổ chức lớp dạy bơi trong tháng 6 và tháng 7 năm 2025.',
      '- Phòng Chính trị, tư tưởng thuộc Sở: tổng hợp tình hình, báo cáo UBND tỉnh trước ngày 15/9/2025.',
      'Đề nghị Tỉnh đoàn tổ chức hoạt động hè an toàn cho thiếu nhi trong suốt thời gian nghỉ hè.',
      'Đề nghị Hội Chữ thập đỏ tỉnh phối hợp tập huấn kỹ năng sơ cứu cho giáo viên trong quý II/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the dash paragraphs as duties of the unit before the colon', () => {
    // the office of every district, a collective like "UBND các huyện, thành phố" (round 7)
    expect(name(by('kỹ năng an toàn')?.lead)).toBe('Phòng Giáo dục và Đào tạo các huyện, thành phố');
    expect(by('kỹ năng an toàn')?.deadline?.due).toBe('2025-05-25');
    expect(name(by('lớp dạy bơi')?.lead)).toBe('Phòng Giáo dục và Đào tạo các huyện, thành phố');
    expect(name(by('tổng hợp tình hình')?.lead)).toBe('Phòng Chính trị, tư tưởng');
    expect(by('tổng hợp tình hình')?.title).toBe('Tổng hợp tình hình, báo cáo UBND tỉnh');
  });

  it('reads "trong tháng 6 và tháng 7 năm 2025" as one span, due at the end of July', () => {
    expect(draft.tasks.filter((t) => t.source.includes('lớp dạy bơi'))).toHaveLength(1);
    expect(by('lớp dạy bơi')?.deadline?.due).toBe('2025-07-31');
  });

  it("knows the Red Cross and tells the province's Youth Union from a district's", () => {
    expect(name(by('hè an toàn')?.lead)).toBe('Tỉnh đoàn');
    expect(name(by('kỹ năng sơ cứu')?.lead)).toBe('Hội Chữ thập đỏ tỉnh');
    expect(draft.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Tỉnh đoàn', 'Huyện đoàn']));
  });
});

describe('duties headed "Nhiệm vụ 1: …" with their lines written without dashes', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ CỤ THỂ',
      'Nhiệm vụ 1: Tổ chức quán triệt quy chế quản lý đất công cho cán bộ địa chính các xã',
      'Cơ quan chủ trì: Phòng Tài nguyên và Môi trường',
      'Cơ quan phối hợp: Phòng Tư pháp',
      'Thời gian hoàn thành: Quý II/2025',
      'Nhiệm vụ 2: Xây dựng cơ sở dữ liệu đất công của huyện',
      'Cơ quan chủ trì: Văn phòng HĐND và UBND huyện',
      'Thời gian hoàn thành: Tháng 12/2025',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each heading as a duty and the lines under it as its lead, support and time', () => {
    expect(draft.tasks).toHaveLength(2);
    expect(name(by('quán triệt quy chế')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(by('quán triệt quy chế')?.support.map(name)).toEqual(['Phòng Tư pháp']);
    expect(by('quán triệt quy chế')?.deadline?.due).toBe('2025-06-30');
    expect(name(by('cơ sở dữ liệu đất công')?.lead)).toMatch(/^Văn phòng HĐND và UBND huyện/);
    expect(by('cơ sở dữ liệu đất công')?.deadline?.due).toBe('2025-12-31');
  });
});

describe('a support plan whose procedure and rates are numbered like duties', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NỘI DUNG VÀ MỨC HỖ TRỢ',
      '1. Hỗ trợ sách giáo khoa, đồ dùng học tập: 500.000 đồng/học sinh/năm học.',
      'III. TRÌNH TỰ, THỦ TỤC',
      '1. Cha mẹ học sinh nộp đơn đề nghị tại trường trước ngày 15/9/2025.',
      '2. Nhà trường lập danh sách, niêm yết công khai trong 05 ngày làm việc.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Giáo dục và Đào tạo hướng dẫn các trường triển khai Kế hoạch, hoàn thành trước ngày 31/8/2025.',
    ].join('\n'),
  );

  it('drafts only the work of the units, not the steps of the procedure nor the rates', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual(['Hướng dẫn các trường triển khai Kế hoạch']);
  });
});

describe('subjects written as "Các sở: A, B" and companies by name', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'Chủ tịch UBND huyện yêu cầu:',
      'Các phòng: Y tế, Tài nguyên và Môi trường theo chức năng, nhiệm vụ kiểm tra chất lượng nước, xong trước ngày 31/5/2025.',
      'Công ty Cổ phần Cấp thoát nước Hòa Lộc điều tiết, ưu tiên cấp nước cho các trường học, thực hiện thường xuyên.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each sector after the colon as a unit, the first leading', () => {
    expect(name(by('chất lượng nước')?.lead)).toBe('Phòng Y tế');
    expect(by('chất lượng nước')?.support.map(name)).toEqual(['Phòng Tài nguyên và Môi trường']);
  });

  it('names a company up to its place name', () => {
    expect(name(by('ưu tiên cấp nước')?.lead)).toBe('Công ty Cổ phần Cấp thoát nước Hòa Lộc');
  });
});

describe('paragraphs led by heads whose title ends where the unit begins', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'Chủ tịch UBND huyện chỉ thị:',
      '1. Chánh Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện Chỉ thị này.',
      '2. Chánh Thanh tra huyện kiểm tra việc sử dụng đất công tại các xã trong quý III/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives the duty to the unit ("Chánh Văn phòng …", "Chánh Thanh tra …")', () => {
    expect(name(by('theo dõi, đôn đốc')?.lead)).toMatch(/^Văn phòng HĐND và UBND huyện/);
    expect(name(by('sử dụng đất công')?.lead)).toMatch(/^Thanh tra huyện/);
  });
});

describe('dated work joined by "đồng thời" to work that goes on', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. UBND các xã, thị trấn vận động hộ kinh doanh ký cam kết không lấn chiếm đất công, hoàn thành trước ngày 25/3/2025, đồng thời duy trì kiểm tra hằng ngày trên địa bàn.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('is two duties, the second with no date', () => {
    expect(draft.tasks).toHaveLength(2);
    expect(by('ký cam kết')?.deadline?.due).toBe('2025-03-24');
    expect(by('kiểm tra hằng ngày')?.source).not.toContain('ký cam kết');
    expect(by('kiểm tra hằng ngày')?.deadline).toBeUndefined();
  });
});

describe('a duty whose object holds a percentage', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Rà soát quỹ đất 20% trong các dự án nhà ở thương mại để làm nhà ở xã hội; công bố công khai danh mục dự án trên trang thông tin của huyện trước ngày 30/6/2025.',
      '2. Phấn đấu 100% hộ gia đình được cấp nước sạch.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('is work, not a target of the plan, and its second action takes the date', () => {
    expect(by('quỹ đất 20%')?.deadline).toBeUndefined();
    expect(by('công bố công khai')?.deadline?.due).toBe('2025-06-29');
    expect(draft.criteria.map((c) => c.text)).toEqual(['Phấn đấu 100% hộ gia đình được cấp nước sạch.']);
  });
});

describe('a paragraph that opens with the plan period and goes on with duties', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'IV. TỔ CHỨC THỰC HIỆN',
      'Kế hoạch này thực hiện từ ngày ký đến hết năm 2025. Phòng Tài nguyên và Môi trường có trách nhiệm theo dõi, đôn đốc các xã thực hiện; định kỳ hằng quý thông báo danh sách xã chậm báo cáo.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('keeps the period as the plan period and the duties after it', () => {
    expect(draft.phases.map((p) => p.end)).toEqual(['2025-12-31']);
    expect(name(by('theo dõi, đôn đốc')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(by('chậm báo cáo')?.deadline?.recurrence?.frequency).toBe('quarterly');
  });
});

describe('offices of a department of education named in full over lettered items', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ CỤ THỂ',
      '1. Phòng Giáo dục Mầm non và Tiểu học',
      'a) Hướng dẫn các trường xây dựng kế hoạch giáo dục nhà trường, hoàn thành trong tháng 9/2025.',
      'b) Chỉ đạo đánh giá học sinh cuối học kỳ I; tổng hợp kết quả trong quý IV/2025.',
      '2. Phòng Giáo dục Trung học - Giáo dục thường xuyên',
      'a) Tổ chức kỳ thi chọn học sinh giỏi vào ngày 04/12/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives the items to the office, not to a part of its name', () => {
    expect(name(by('kế hoạch giáo dục nhà trường')?.lead)).toBe('Phòng Giáo dục Mầm non và Tiểu học');
    expect(name(by('đánh giá học sinh')?.lead)).toBe('Phòng Giáo dục Mầm non và Tiểu học');
    expect(name(by('học sinh giỏi')?.lead)).toBe('Phòng Giáo dục Trung học - Giáo dục thường xuyên');
  });
});
