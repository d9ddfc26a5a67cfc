import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 3 of the drafter): items that open with their time, lead-in paragraphs, standing duties beside dated reports, pasted PDFs, phases and time columns.

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
    const report = draft.tasks.find((t) => t.body.startsWith('tổng hợp kết quả, báo cáo UBND huyện'));
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

  it('keeps one duty when the second clause hands in the first one’s work', () => {
    expect(by('Thẩm định phương án')?.source).toMatch(/trình UBND huyện phê duyệt/);
  });

  // round 5: answer keys written blind read "A; B, xong trước D" as two duties, the date being B's
  it('gives a date written after the second action (", xong trước …") to that action', () => {
    expect(by('rà soát hồ sơ pháp lý')?.deadline).toBeUndefined();
    expect(by('hợp đồng cho thuê')?.deadline?.due).toBe('2025-08-30');
    expect(name(by('hợp đồng cho thuê')?.lead)).toBe('Phòng Tư pháp');
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

describe('one date for several actions', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Phòng Tư pháp: Phối hợp thẩm định dự thảo quy chế; rà soát, hệ thống hóa văn bản về đất công, hoàn thành trong quý III/2025.',
    ].join('\n'),
  );

  it('gives the date to the action it is written after and flags the undated one', () => {
    expect(draft.tasks).toHaveLength(2);
    expect(draft.tasks[0]?.deadline).toBeUndefined();
    expect(draft.tasks[0]?.review).toBe(true);
    expect(draft.tasks[1]?.title).toMatch(/^Rà soát, hệ thống hóa/);
    expect(draft.tasks[1]?.deadline?.due).toBe('2025-09-30');
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
