import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import type { PlanDraft } from '../../src/core/plan-draft/types.ts';

// Texts written for these tests (round 3 of the drafter): items that open with their time, lead-in
// paragraphs over plain lines, standing duties beside dated reports, accountability clauses.

const HEAD = ['ỦY BAN NHÂN DÂN', 'HUYỆN HÒA LỘC', 'Số: 31/KH-UBND', 'Hòa Lộc, ngày 12 tháng 02 năm 2025', 'KẾ HOẠCH', 'Kiểm kê đất công năm 2025'];

const helpers = (draft: PlanDraft) => ({
  by: (part: string) => draft.tasks.find((t) => t.source.includes(part)),
  name: (code?: string) => [...draft.units, ...draft.groups].find((u) => u.code === code)?.name,
});

describe('items that open with their time ("Trước ngày D: X làm …")', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. LỘ TRÌNH',
      '1. Trước ngày 10/3/2025: Phòng Tài nguyên và Môi trường hoàn thiện biểu mẫu kiểm kê, gửi các xã.',
      '2. Trong tháng 4/2025: UBND các xã, thị trấn đo đạc, cắm mốc các thửa đất công do xã quản lý.',
      '3. Quý III/2025: Phòng Tài chính - Kế hoạch đối chiếu số liệu kiểm kê với sổ tài sản công.',
      '4. Thường xuyên: Phòng Tư pháp giải đáp vướng mắc pháp lý phát sinh.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('takes the unit after the time label as the lead, whatever its verb', () => {
    expect(name(by('biểu mẫu')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(name(by('cắm mốc')?.lead)).toMatch(/các xã, thị trấn/);
    expect(name(by('đối chiếu')?.lead)).toBe('Phòng Tài chính - Kế hoạch');
    expect(name(by('giải đáp')?.lead)).toBe('Phòng Tư pháp');
  });

  it('reads the label as the deadline without doubting it, and titles the duty, not the date', () => {
    expect(by('cắm mốc')?.deadline?.due).toBe('2025-04-30');
    expect(by('đối chiếu')?.deadline?.due).toBe('2025-09-30');
    expect(by('đối chiếu')?.reviewNotes.some((n) => /chưa chắc là hạn/.test(n))).toBe(false);
    expect(by('giải đáp')?.deadline).toBeUndefined();
    expect(by('biểu mẫu')?.title).toMatch(/^Hoàn thiện biểu mẫu/);
  });
});

describe('a lead-in paragraph ending in a colon', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. LỊCH KIỂM TRA THỰC ĐỊA',
      'Phòng Tài nguyên và Môi trường tổ chức kiểm tra thực địa theo lịch sau:',
      'Ngày 05/5/2025 (thứ Hai): kiểm tra tại xã Hòa An và xã Hòa Bình.',
      'Ngày 07/5/2025 (thứ Tư): kiểm tra tại thị trấn Hòa Lộc.',
      'IV. NHIỆM VỤ CỦA XÃ',
      'Ủy ban nhân dân các xã, thị trấn tập trung thực hiện các nhiệm vụ sau:',
      'Thứ nhất, niêm yết công khai danh sách thửa đất công tại trụ sở.',
      'Thứ hai, xử lý dứt điểm các trường hợp lấn chiếm trước ngày 30/9/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives its unit to the plain lines under it, each a dated duty titled by its content', () => {
    expect(name(by('xã Hòa An')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(by('xã Hòa An')?.deadline?.due).toBe('2025-05-05');
    expect(by('xã Hòa An')?.title).toMatch(/^Kiểm tra tại xã Hòa An/);
    expect(name(by('thị trấn Hòa Lộc.')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
  });

  it('gives its unit to "Thứ nhất, …" items after it', () => {
    expect(name(by('Niêm yết')?.lead)).toMatch(/các xã, thị trấn/);
    expect(name(by('lấn chiếm')?.lead)).toMatch(/các xã, thị trấn/);
  });
});

describe('a standing duty and a dated report in one item', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'V. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tài nguyên và Môi trường là cơ quan thường trực, theo dõi, đôn đốc các xã thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND huyện trước ngày 20/12/2025.',
      '2. Phòng Nội vụ hướng dẫn, kiểm tra việc thực hiện; tổng hợp, báo cáo Sở Nội vụ kết quả 6 tháng trước ngày 15/6/2025 và cả năm trước ngày 15/12/2025.',
      '3. Chủ tịch UBND các xã, thị trấn chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả kiểm kê trên địa bàn.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('makes the report a task of its own with the date, and leaves the standing duty without one', () => {
    const standing = by('cơ quan thường trực');
    const report = draft.tasks.find((t) => t.source.startsWith('tổng hợp kết quả, báo cáo UBND huyện'));
    expect(standing?.deadline).toBeUndefined();
    expect(report?.deadline?.due).toBe('2025-12-19');
    expect(name(report?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(report?.review).toBe(true);
  });

  it('splits one report for two periods into two tasks, the second keeping the verb', () => {
    const half = draft.tasks.find((t) => /6 tháng trước ngày 15\/6\/2025$/.test(t.source));
    const year = draft.tasks.find((t) => /cả năm trước ngày 15\/12\/2025$/.test(t.source));
    expect(half?.deadline?.due).toBe('2025-06-14');
    expect(year?.deadline?.due).toBe('2025-12-14');
    expect(year?.title).toMatch(/^Tổng hợp, báo cáo Sở Nội vụ kết quả cả năm/);
    expect(name(year?.lead)).toBe('Phòng Nội vụ');
  });

  it('drafts no task from an accountability clause', () => {
    expect(by('chịu trách nhiệm trước')).toBeUndefined();
  });
});

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

describe('text pasted from a PDF, and items of two actions', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Phòng Tài nguyên và Môi trường',
      'a) Hướng dẫn các xã lập hồ sơ thửa đất công chưa đưa vào sử dụng; tổ chức đấu giá',
      'quyền sử dụng các thửa đất đủ điều kiện trong quý III/2025.',
      'b) Thẩm định phương án sử dụng đất công của các xã; trình UBND huyện phê duyệt trước',
      '',
      '2',
      '',
      'Kế hoạch kiểm kê đất công năm 2025 - UBND huyện Hòa Lộc',
      'ngày 30/6/2025.',
      '2. Công an huyện',
      'Bảo đảm an ninh tại các phiên đấu giá; phối hợp với Phòng Tài nguyên và Môi trường xử lý các trường hợp lấn chiếm trước ngày 31/7/2025.',
      '',
      '3',
      '',
      'Kế hoạch kiểm kê đất công năm 2025 - UBND huyện Hòa Lộc',
      '3. Phòng Tư pháp rà soát hồ sơ pháp lý các thửa đất; kiểm tra các hợp đồng cho thuê, xong trước ngày 31/8/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('drops page numbers and the running header, and joins the sentence a page break cut', () => {
    expect(draft.tasks.some((t) => /Kế hoạch kiểm kê đất công năm 2025 -/.test(t.source))).toBe(false);
    expect(draft.tasks.some((t) => /^\d$/.test(t.title))).toBe(false);
    expect(by('Thẩm định phương án')?.deadline?.due).toBe('2025-06-29');
  });

  it('makes a second action with its own date a task of its own, the first left without a date', () => {
    expect(by('Hướng dẫn các xã')?.deadline).toBeUndefined();
    expect(by('tổ chức đấu giá')?.deadline?.due).toBe('2025-09-30');
    expect(name(by('tổ chức đấu giá')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(by('lấn chiếm')?.deadline?.due).toBe('2025-07-30');
    expect(name(by('lấn chiếm')?.lead)).toBe('Công an huyện Hòa Lộc');
    expect(by('an ninh tại các phiên')?.deadline).toBeUndefined();
  });

  it('keeps one duty when the second clause hands in the first one’s work or the date closes the whole item', () => {
    expect(by('Thẩm định phương án')?.source).toMatch(/trình UBND huyện phê duyệt/);
    expect(by('rà soát hồ sơ pháp lý')?.source).toMatch(/hợp đồng cho thuê/);
    expect(by('rà soát hồ sơ pháp lý')?.deadline?.due).toBe('2025-08-30');
  });
});

describe('the horizon of a planning document', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Phòng Tài nguyên và Môi trường rà soát quy hoạch sử dụng đất huyện thời kỳ 2021 - 2030, tầm nhìn đến năm 2050, trình UBND huyện trong năm 2025.',
    ].join('\n'),
  );

  it('is no deadline: "thời kỳ 2021 - 2030, tầm nhìn đến năm 2050" names the plan', () => {
    expect(draft.tasks[0]?.deadline?.due).toBe('2025-12-31');
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

describe('a phase heading over duties with no time of their own', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. LỘ TRÌNH',
      '1. Giai đoạn 1 (năm 2025)',
      'a) Phòng Y tế rà soát trang thiết bị của các trạm y tế xã.',
      'b) Bệnh viện Đa khoa huyện triển khai bệnh án điện tử trước ngày 30/9/2025.',
      '2. Giai đoạn 2 (từ năm 2026 đến năm 2027)',
      'a) Các bệnh viện tuyến huyện kết nối liên thông dữ liệu khám, chữa bệnh.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('is due when its phase ends, flagged; a duty with its own date keeps it', () => {
    expect(by('trang thiết bị')?.deadline?.due).toBe('2025-12-31');
    expect(by('trang thiết bị')?.reviewNotes.some((n) => /Giai đoạn 1/.test(n))).toBe(true);
    expect(by('bệnh án điện tử')?.deadline?.due).toBe('2025-09-29');
    expect(by('liên thông')?.deadline?.due).toBe('2027-12-31');
  });

  it('reads hospitals, one and collective, as leads', () => {
    expect(name(by('bệnh án điện tử')?.lead)).toBe('Bệnh viện Đa khoa huyện Hòa Lộc');
    expect(name(by('liên thông')?.lead)).toBe('các bệnh viện tuyến huyện');
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

describe('an appendix table with ranges in its time column', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'PHỤ LỤC',
      'DANH MỤC NHIỆM VỤ KIỂM KÊ NĂM 2025',
      '| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |',
      '|---|---|---|---|---|',
      '| 1 | Đo đạc bổ sung các thửa đất công | Phòng Tài nguyên và Môi trường | UBND các xã | Quý II và quý III/2025 |',
      '| 2 | Cập nhật biến động vào cơ sở dữ liệu | Phòng Tài nguyên và Môi trường | | Hằng quý, trước ngày 10 tháng đầu quý sau |',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it("reads a range of quarters with the year once as due at the end of the last, and the next quarter's report day", () => {
    expect(by('Đo đạc bổ sung')?.deadline).toMatchObject({ kind: 'period', start: '2025-04-01', due: '2025-09-30' });
    expect(by('biến động')?.deadline).toMatchObject({ kind: 'recurrence', recurrence: { frequency: 'quarterly', dueDay: 9 } });
  });

  it('drafts no task from the appendix title in capitals', () => {
    expect(draft.tasks.some((t) => /DANH MỤC/.test(t.source))).toBe(false);
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

describe('one date for several actions', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Phòng Tư pháp: Phối hợp thẩm định dự thảo quy chế; rà soát, hệ thống hóa văn bản về đất công, hoàn thành trong quý III/2025.',
    ].join('\n'),
  );

  it('keeps the item whole and flags that the date is written only for its last action', () => {
    expect(draft.tasks).toHaveLength(1);
    expect(draft.tasks[0]?.deadline?.due).toBe('2025-09-30');
    expect(draft.tasks[0]?.reviewNotes.some((n) => /chỉ ghi ở việc cuối/.test(n))).toBe(true);
  });
});

describe('two dated actions of one sentence', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'V. TỔ CHỨC THỰC HIỆN',
      'Các xã, thị trấn gửi kế hoạch về Phòng Tài nguyên và Môi trường trước ngày 31/3/2025. Ban Chỉ đạo huyện sẽ tổ chức sơ kết 6 tháng vào tháng 7/2025 và tổng kết năm vào tháng 12/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it("gives the second action the unit that opens its sentence, not the paragraph's first one", () => {
    expect(name(by('sơ kết 6 tháng')?.lead)).toMatch(/^Ban Chỉ đạo huyện/);
    expect(name(by('tổng kết năm')?.lead)).toMatch(/^Ban Chỉ đạo huyện/);
    expect(by('tổng kết năm')?.deadline?.due).toBe('2025-12-31');
  });
});
