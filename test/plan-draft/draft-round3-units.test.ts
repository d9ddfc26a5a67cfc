import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 3 of the drafter): letters that ask their addressees, units by name, labels before subjects, posts, members and heads, short forms in brackets, units named after the duty.

describe('a letter that asks its addressees', () => {
  const draft = draftPlan(
    [
      'BỘ TÀI CHÍNH',
      'Số: 402/BTC-QLCS',
      'V/v kiểm kê tài sản kết cấu hạ tầng',
      'Hà Nội, ngày 14 tháng 01 năm 2025',
      'Kính gửi:',
      '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;',
      '- Ngân hàng Nhà nước Việt Nam.',
      'Để hoàn thành tổng kiểm kê, Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện một số nội dung sau:',
      '1. Rà soát danh mục tài sản kết cấu hạ tầng giao thông do địa phương quản lý.',
      '2. Gửi báo cáo kết quả kiểm kê về Bộ Tài chính trước ngày 31/3/2025.',
      'Đối với Ngân hàng Nhà nước Việt Nam, Bộ Tài chính đề nghị chỉ đạo các ngân hàng thương mại cung cấp số liệu dư nợ cho vay đầu tư hạ tầng.',
      'Bộ Tài chính giao Cục Quản lý công sản tổng hợp kết quả, báo cáo Bộ trưởng trước ngày 30/4/2025.',
      'Bộ Tài chính trân trọng cảm ơn sự phối hợp của Quý Cơ quan./.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives the unit asked in the lead-in ("đề nghị X … nội dung sau:"), not the issuer, to the items after it', () => {
    expect(name(by('Rà soát danh mục')?.lead)).toMatch(/^Ủy ban nhân dân các tỉnh, thành phố/);
    expect(name(by('Gửi báo cáo kết quả kiểm kê')?.lead)).toMatch(/^Ủy ban nhân dân các tỉnh, thành phố/);
  });

  it('makes the unit a paragraph turns to ("Đối với X, Bộ … đề nghị") its lead', () => {
    expect(name(by('dư nợ')?.lead)).toMatch(/^Ngân hàng Nhà nước/);
    expect(by('dư nợ')?.title).toMatch(/^Chỉ đạo các ngân hàng thương mại/);
  });

  it('drafts no task from the courtesy line', () => {
    expect(by('trân trọng cảm ơn')).toBeUndefined();
  });
});

describe('units by name', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'VI. PHÂN CÔNG',
      '1. Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện kiểm tra các điểm sạt lở trước ngày 15/5/2025.',
      '2. Hạt Kiểm lâm huyện phối hợp với các xã cập nhật bản đồ rừng trước ngày 30/5/2025.',
      '3. Các xã cập nhật danh sách hộ nhận khoán bảo vệ rừng trước ngày 30/6/2025.',
      '4. Đề nghị Cục Lâm nghiệp và Kiểm lâm hướng dẫn nghiệp vụ cho Hạt Kiểm lâm huyện.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads committees, forest rangers and central departments by their whole names', () => {
    expect(name(by('sạt lở')?.lead)).toMatch(/^Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện/);
    expect(name(by('bản đồ rừng')?.lead)).toMatch(/^Hạt Kiểm lâm huyện/);
    expect(name(by('hướng dẫn nghiệp vụ')?.lead)).toBe('Cục Lâm nghiệp và Kiểm lâm');
  });

  it('does not read "các xã cập nhật" as a collective of levels ("cấp")', () => {
    expect(draft.groups.some((g) => /cập/.test(g.name))).toBe(false);
  });
});

describe('a label, a colon, then the subject', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'VII. CHẾ ĐỘ BÁO CÁO',
      '1. Báo cáo quý: các phòng tài nguyên và môi trường, tư pháp cung cấp số liệu biến động đất công trước ngày 05 tháng đầu quý sau.',
      '2. Báo cáo năm: Phòng Tài nguyên và Môi trường tổng hợp, trình UBND huyện trước ngày 20/12/2025.',
      '3. Trưởng các thôn, khu phố rà soát hiện trạng sử dụng đất công trên địa bàn trước ngày 30/4/2025.',
      '4. Trường Trung học phổ thông Hòa Lộc bố trí phòng họp cho Tổ kiểm kê trong tháng 5/2025.',
      '5. Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc huyện kiểm tra an ninh tại các điểm kiểm kê.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('takes the subject after a short label as the lead, a lower-case collective of sectors included', () => {
    expect(name(by('biến động đất công')?.lead)).toBe('các phòng tài nguyên và môi trường, tư pháp');
    expect(name(by('trình UBND huyện')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
  });

  it('reads heads of villages, a school by its name and a BCĐ whose purpose holds "Tổ quốc"', () => {
    expect(name(by('hiện trạng sử dụng đất công')?.lead)).toBe('Trưởng các thôn, khu phố');
    expect(name(by('phòng họp')?.lead)).toBe('Trường Trung học phổ thông Hòa Lộc');
    expect(name(by('an ninh tại các điểm')?.lead)).toMatch(/^Ban Chỉ đạo huyện/);
  });
});

describe('posts, members and heads as leads; period lines under "THỜI GIAN"', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'XÃ HÒA AN',
      'Số: 12/KH-UBND',
      'Hòa An, ngày 05 tháng 3 năm 2025',
      'KẾ HOẠCH',
      'Kiểm kê rừng năm 2025',
      'I. THỜI GIAN THỰC HIỆN',
      '- Đợt kiểm kê thực địa: từ ngày 01/6/2025 đến ngày 30/6/2025.',
      '- Tổng hợp, nghiệm thu: từ ngày 01/7/2025 đến hết ngày 15/7/2025.',
      'II. PHÂN CÔNG',
      '1. Công chức Địa chính - Nông nghiệp xã lập danh sách chủ rừng trước ngày 20/5/2025.',
      '2. Các thành viên Ban Chỉ đạo xã kiểm tra thực địa tại thôn được phân công.',
      '3. Thủ trưởng các ban, ngành và Chủ tịch Hội Nông dân xã vận động hộ nhận khoán phối hợp kiểm kê.',
      '4. Ban Quản lý rừng phòng hộ Hòa An cung cấp bản đồ hiện trạng rừng trước ngày 25/5/2025.',
      '5. Trưởng các thôn xác định chống dịch là nhiệm vụ trọng tâm; người đứng đầu chịu trách nhiệm trước Chủ tịch UBND xã nếu để dịch lan rộng.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('makes each labelled period under a time heading a phase, never a task', () => {
    expect(draft.phases.map((p) => [p.name, p.start, p.end])).toEqual([
      ['Đợt kiểm kê thực địa', '2025-06-01', '2025-06-30'],
      ['Tổng hợp, nghiệm thu', '2025-07-01', '2025-07-15'],
    ]);
    expect(draft.tasks.some((t) => /^Đợt kiểm kê|^Tổng hợp, nghiệm thu/.test(t.source))).toBe(false);
  });

  it('reads a commune post, the members of a committee, heads joined by "và" and a management board', () => {
    expect(name(by('danh sách chủ rừng')?.lead)).toBe('Công chức Địa chính - Nông nghiệp xã Hòa An');
    expect(name(by('thực địa tại thôn')?.lead)).toBe('các thành viên Ban Chỉ đạo xã');
    expect(name(by('hộ nhận khoán')?.lead)).toBe('các ban, ngành');
    expect(by('hộ nhận khoán')?.support.length).toBe(1);
    expect(name(by('bản đồ hiện trạng')?.lead)).toBe('Ban Quản lý rừng phòng hộ Hòa An');
  });

  it('drafts no task from a declaration of priority with the heads accountable', () => {
    expect(by('nhiệm vụ trọng tâm')).toBeUndefined();
  });
});

describe('a unit written out once with its short form in brackets', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG AN LẠC',
      'Số: 20/KH-UBND',
      'An Lạc, ngày 05 tháng 3 năm 2025',
      'KẾ HOẠCH',
      'Ra quân vệ sinh môi trường năm 2025',
      'I. NHIỆM VỤ',
      '1. Đội Trật tự đô thị phường (sau đây viết tắt là Đội TTĐT) kiểm tra lấn chiếm lòng đường trước ngày 15/4/2025.',
      '2. Trung tâm Y tế quận (TTYT quận) hướng dẫn phun hóa chất diệt muỗi trong tháng 5/2025.',
      'II. TỔ CHỨC THỰC HIỆN',
      'Đội TTĐT báo cáo kết quả kiểm tra trước ngày 20/4/2025. Đề nghị TTYT quận hỗ trợ hóa chất. Văn phòng - Thống kê UBND phường (VP-TK) theo dõi, tổng hợp kết quả.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the whole name, lower-case words included, and the short form later as the same unit', () => {
    expect(name(by('lấn chiếm lòng đường')?.lead)).toBe('Đội Trật tự đô thị phường An Lạc');
    expect(name(by('báo cáo kết quả kiểm tra')?.lead)).toBe('Đội Trật tự đô thị phường An Lạc');
    expect(name(by('phun hóa chất')?.lead)).toBe('Trung tâm Y tế quận');
    expect(name(by('hỗ trợ hóa chất')?.lead)).toBe('Trung tâm Y tế quận');
    expect(draft.units.find((u) => u.name === 'Trung tâm Y tế quận')?.aliases).toContain('TTYT quận');
  });

  it("gives an office of the committee the committee's level, and no place name runs across a full stop", () => {
    expect(name(by('theo dõi, tổng hợp kết quả')?.lead)).toBe('Văn phòng - Thống kê phường An Lạc');
    expect(draft.units.some((u) => /\.\s/.test(u.name))).toBe(false);
  });
});

describe('a bare "Ban Chỉ huy" and counts after a level', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN',
      'XÃ HÒA AN',
      'Số: 15/KH-UBND',
      'Hòa An, ngày 02 tháng 5 năm 2025',
      'KẾ HOẠCH',
      'Phòng, chống thiên tai năm 2025',
      'I. CHẾ ĐỘ BÁO CÁO',
      '1. Các thành viên Ban Chỉ huy báo cáo kết quả chuẩn bị về Ủy ban nhân dân xã trước ngày 25/8/2025.',
      '2. Công an xã trực ban 24/24 giờ; khi có bão, báo cáo Ban Chỉ huy huyện 02 lần/ngày.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the members of the command board as the lead, and "huyện 02 lần" names no "huyện 02"', () => {
    expect(name(by('kết quả chuẩn bị')?.lead)).toBe('các thành viên Ban Chỉ huy');
    expect(draft.units.some((u) => /\d/.test(u.name))).toBe(false);
  });
});

describe('the unit named after the duty', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Ban hành quy chế quản lý đất công trước ngày 30/6/2025. Phòng Tài nguyên và Môi trường tham mưu trình UBND huyện.',
      '2. Đầu tư hệ thống camera giám sát tại các bãi đất công trong năm 2025. Phòng Tài chính - Kế hoạch và Phòng Kinh tế - Hạ tầng cân đối, bố trí vốn.',
      '3. Công khai danh sách thửa đất công trên Cổng thông tin điện tử huyện hằng quý. Văn phòng HĐND và UBND huyện thực hiện.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('leads the duty, which keeps its own title; a sentence that only names the unit is no task of its own', () => {
    expect(name(by('quy chế quản lý')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(by('quy chế quản lý')?.title).toMatch(/^Ban hành quy chế quản lý đất công/);
    expect(name(by('Cổng thông tin')?.lead)).toMatch(/^Văn phòng HĐND và UBND huyện/);
    expect(draft.tasks.filter((t) => t.section === 'II.3')).toHaveLength(1);
  });

  it('lends the unit of the next sentence to a duty with none, flagged', () => {
    const camera = by('camera giám sát');
    expect(name(camera?.lead)).toBe('Phòng Tài chính - Kế hoạch');
    expect(camera?.reviewNotes.some((n) => /câu sau/.test(n))).toBe(true);
  });
});
