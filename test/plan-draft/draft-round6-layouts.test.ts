import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 6 of the drafter): roles in a closing bracket, units in
// capitals opening a bullet, duties set off by an event, a table flattened with em dashes.

describe('a duty closed by "(Cơ quan chủ trì: …; phối hợp: …; thời gian: …)"', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Lập danh mục đất công chưa đưa vào sử dụng (Cơ quan chủ trì: Phòng Tài nguyên và Môi trường; phối hợp: Phòng Tài chính - Kế hoạch, UBND các xã; thời gian: quý II/2025).',
      '2. Cắm mốc ranh giới các khu đất công',
      '(Cơ quan chủ trì: UBND các xã, thị trấn; phối hợp: Phòng Tài nguyên và Môi trường; thời gian: trước ngày 30/9/2025).',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('takes the lead, the support and the time from the bracket, on the same line or the next', () => {
    const list = by('Lập danh mục đất công');
    expect(name(list?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(list?.support.map(name)).toContain('Phòng Tài chính - Kế hoạch');
    expect(list?.deadline?.due).toBe('2025-06-30');
    expect(list?.title).not.toContain('Cơ quan chủ trì');
    expect(name(by('Cắm mốc ranh giới')?.lead)).toBe('UBND các xã, thị trấn');
    expect(by('Cắm mốc ranh giới')?.deadline?.due).toBe('2025-09-29');
  });

  it('makes no task of the bracket', () => {
    expect(draft.tasks).toHaveLength(2);
  });
});

describe('bullets that open with their unit in capitals', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'Chủ tịch UBND huyện yêu cầu:',
      '- PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG: Rà soát hồ sơ giao đất công, hoàn thành trước ngày 15/5/2025.',
      '- CÔNG AN HUYỆN: Xử lý các trường hợp lấn chiếm đất công theo thẩm quyền.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the capitals as the unit that leads the bullet', () => {
    expect(name(by('hồ sơ giao đất công')?.lead)?.toLowerCase()).toBe('phòng tài nguyên và môi trường');
    expect(by('hồ sơ giao đất công')?.deadline?.due).toBe('2025-05-14');
    expect(name(by('lấn chiếm đất công')?.lead)?.toLowerCase()).toMatch(/^công an huyện/);
  });
});

describe('a duty set off by an event after another duty in the same paragraph', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Công an huyện bố trí lực lượng bảo vệ các khu đất công trọng điểm; phân luồng, chốt chặn khi có tranh chấp đông người.',
      '2. Phòng Tài nguyên và Môi trường kiểm tra hiện trạng đất công trước ngày 30/4/2025; báo cáo UBND huyện trong vòng 24 giờ sau mỗi vụ lấn chiếm.',
      '3. UBND các xã quản lý chặt chẽ đất công ích; chỉ cho thuê khi có ý kiến của UBND huyện.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('makes the event-driven work a task of its own, with the same lead and no deadline', () => {
    const divert = draft.tasks.find((t) => t.title.includes('chốt chặn'));
    expect(divert).toBeDefined();
    expect(divert?.source).not.toContain('bố trí lực lượng');
    expect(name(divert?.lead)).toMatch(/^Công an huyện/);
    const report = draft.tasks.find((t) => t.source.startsWith('báo cáo UBND huyện trong vòng'));
    expect(report?.deadline).toBeUndefined();
    expect(by('kiểm tra hiện trạng')?.deadline?.due).toBe('2025-04-29');
  });

  it('keeps a restriction ("chỉ cho thuê khi …") with its duty', () => {
    expect(by('quản lý chặt chẽ đất công ích')?.source).toContain('chỉ cho thuê');
  });
});

describe('a table flattened into lines with em dashes between cells', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      'STT — Nội dung nhiệm vụ — Đơn vị chủ trì — Đơn vị phối hợp — Thời gian hoàn thành',
      'I — KIỂM KÊ',
      '1 — Kiểm kê đất công do xã quản lý — UBND các xã — Phòng Tài nguyên và Môi trường — Quý II/2025',
      '2 — Tổng hợp số liệu kiểm kê toàn huyện — Phòng Tài nguyên và Môi trường — — Tháng 8/2025',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads each row as a duty with its lead and time, the group row as none', () => {
    expect(draft.tasks).toHaveLength(2);
    expect(name(by('Kiểm kê đất công do xã')?.lead)).toBe('UBND các xã');
    expect(by('Kiểm kê đất công do xã')?.deadline?.due).toBe('2025-06-30');
    expect(name(by('Tổng hợp số liệu kiểm kê')?.lead)).toBe('Phòng Tài nguyên và Môi trường');
    expect(by('Tổng hợp số liệu kiểm kê')?.deadline?.due).toBe('2025-08-31');
  });
});

describe("an association's internal plan", () => {
  const draft = draftPlan(
    [
      'HỘI CỰU CHIẾN BINH VIỆT NAM',
      'BCH HỘI CỰU CHIẾN BINH XÃ HÒA LỘC',
      'Số: 03/KH-CCB',
      'Hòa Lộc, ngày 10 tháng 01 năm 2025',
      'KẾ HOẠCH',
      'Công tác Hội năm 2025',
      'I. NHIỆM VỤ',
      '- Các chi hội tổ chức sinh hoạt định kỳ hằng tháng.',
      '- Ban Thường vụ Hội tổ chức gặp mặt truyền thống trước ngày 06/12/2025.',
      '- Ban Kiểm tra Hội kiểm tra quỹ hội tại các chi hội trong quý III/2025.',
      '- Chi hội Cựu chiến binh thôn Đông Hà vận động hội viên hiến đất làm đường, hoàn thành trong tháng 6/2025.',
      '- Hội viên có trách nhiệm tham gia sinh hoạt đầy đủ.',
      'II. TỔ CHỨC THỰC HIỆN',
      'Kính đề nghị Đảng ủy xã quan tâm lãnh đạo, chỉ đạo; đề nghị UBND xã tạo điều kiện để Hội hoàn thành nhiệm vụ.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the branches, the standing committee, the inspection board and a named branch as leads', () => {
    expect(name(by('sinh hoạt định kỳ hằng tháng')?.lead)).toBe('các chi hội');
    expect(name(by('gặp mặt truyền thống')?.lead)).toBe('Ban Thường vụ Hội');
    expect(name(by('kiểm tra quỹ hội')?.lead)).toBe('Ban Kiểm tra Hội');
    expect(name(by('hiến đất làm đường')?.lead)).toBe('Chi hội Cựu chiến binh thôn Đông Hà');
  });

  it("makes no task of the members' duty or of the request to the Party committee", () => {
    expect(by('Hội viên có trách nhiệm')).toBeUndefined();
    expect(by('quan tâm lãnh đạo')).toBeUndefined();
    expect(draft.tasks).toHaveLength(4);
  });
});

describe('a schedule counted down to an event', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. THỜI GIAN, ĐỊA ĐIỂM',
      'Lễ khánh thành tổ chức vào 08 giờ 00 ngày 30/4/2025 tại Nhà văn hóa huyện.',
      'III. TIẾN ĐỘ',
      '1. Trước 30 ngày: Phòng Tài chính - Kế hoạch thẩm định dự toán kinh phí.',
      '2. Ngày diễn ra: Trung tâm Y tế huyện bố trí kíp cấp cứu.',
      '3. Sau 05 ngày: Văn phòng HĐND và UBND huyện báo cáo kết quả.',
      'IV. HOẠT ĐỘNG HƯỞNG ỨNG',
      'Hội thi văn nghệ (thời gian cụ thể thông báo sau):',
      '- Trước 10 ngày: Phòng Văn hóa, Khoa học và Thông tin ban hành thể lệ.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('computes each deadline from the event date the document gives, and flags it', () => {
    expect(by('thẩm định dự toán')?.deadline?.due).toBe('2025-03-31');
    expect(by('kíp cấp cứu')?.deadline?.due).toBe('2025-04-30');
    expect(by('báo cáo kết quả')?.deadline?.due).toBe('2025-05-05');
    expect(by('thẩm định dự toán')?.reviewNotes.join(' ')).toContain('30/04/2025');
  });

  it('leaves the deadline open, with the reason, when the event has no date yet', () => {
    const rules = by('ban hành thể lệ');
    expect(rules?.deadline).toBeUndefined();
    expect(rules?.reviewNotes.join(' ')).toContain('chưa nêu ngày');
    expect(name(rules?.lead)).toBe('Phòng Văn hóa, Khoa học và Thông tin');
  });

  it('makes no task of the sentence that says when and where the event is', () => {
    expect(by('Lễ khánh thành tổ chức')).toBeUndefined();
  });
});

describe('units named once in full with a short form, and collectives by level', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      'Giao Công an huyện (CAH) chủ trì triển khai các nội dung sau. Trong Kế hoạch này, Ủy ban nhân dân các xã, thị trấn gọi chung là UBND cấp xã.',
      '1. CAH rà soát các điểm lấn chiếm đất công, hoàn thành trước ngày 30/6/2025.',
      '2. Khi phát hiện lấn chiếm mới, UBND cấp xã kịp thời thông báo cho CAH để xử lý.',
      '3. Đài Khí tượng Thủy văn tỉnh và Báo và Phát thanh, Truyền hình Hòa Sơn phối hợp đưa tin.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('makes no task of the lead-in that defines names', () => {
    expect(by('gọi chung là')).toBeUndefined();
  });

  it('reads the short form and "UBND cấp xã" as leads', () => {
    expect(name(by('điểm lấn chiếm đất công')?.lead)).toMatch(/^Công an huyện/);
    expect(name(by('lấn chiếm mới')?.lead)).toBe('UBND cấp xã');
  });

  it('reads the merged names of the weather station and the provincial broadcaster whole', () => {
    const names = draft.units.map((u) => u.name);
    expect(names).toContain('Đài Khí tượng Thủy văn tỉnh');
    expect(names.some((n) => n.startsWith('Báo và Phát thanh, Truyền hình Hòa Sơn'))).toBe(true);
  });
});

describe('second wave: the same layouts in other wordings', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      'Trong Kế hoạch này, Phòng Tài chính - Kế hoạch được viết tắt là TC-KH, Văn phòng HĐND và UBND huyện là VP.',
      '1. TC-KH bố trí kinh phí kiểm kê trước ngày 31/3/2025.',
      '2. VP cập nhật kết quả lên Cổng thông tin điện tử huyện khi có số liệu kiểm kê.',
      '3. CHI CỤC THUẾ KHU VỰC:',
      '+ Rà soát tiền thuê đất công, hoàn thành trong quý III/2025.',
      '4. Trung tâm Y tế huyện: Kiểm tra vệ sinh tại trụ sở các xã, báo cáo Sở trước ngày 15/12/2025.',
      'III. ĐẠI HỘI ĐOÀN',
      'Đại hội dự kiến tổ chức vào ngày 28/3/2025 tại Hội trường UBND huyện.',
      '- Trước Đại hội 20 ngày: Các chi đoàn tổ chức hội nghị bầu đại biểu.',
      '- Trong ngày Đại hội: Chi đoàn thôn Đông Hà bố trí đoàn viên đón tiếp đại biểu.',
      '- Sau Đại hội 15 ngày: Ban Thường vụ Đoàn huyện hoàn thiện hồ sơ Đại hội.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads short forms defined in a sentence ("được viết tắt là TC-KH, … là VP")', () => {
    expect(name(by('bố trí kinh phí kiểm kê')?.lead)).toBe('Phòng Tài chính - Kế hoạch');
    expect(name(by('Cổng thông tin điện tử')?.lead)).toMatch(/^Văn phòng HĐND và UBND huyện/);
  });

  it('reads a numbered heading that is only a unit in capitals as the lead of the items under it', () => {
    expect(name(by('tiền thuê đất công')?.lead)).toMatch(/^Chi cục Thuế/);
  });

  it('reads "báo cáo Sở trước ngày D" as a due date, not as a cited document', () => {
    expect(by('vệ sinh tại trụ sở')?.deadline?.due).toBe('2025-12-14');
  });

  it('counts "Trước Đại hội 20 ngày", "Trong ngày Đại hội", "Sau Đại hội 15 ngày" from the congress date', () => {
    expect(by('hội nghị bầu đại biểu')?.deadline?.due).toBe('2025-03-08');
    expect(by('đón tiếp đại biểu')?.deadline?.due).toBe('2025-03-28');
    expect(by('hoàn thiện hồ sơ Đại hội')?.deadline?.due).toBe('2025-04-12');
  });

  it("reads the Youth Union's bodies as leads", () => {
    expect(name(by('hội nghị bầu đại biểu')?.lead)).toBe('các chi đoàn');
    expect(name(by('đón tiếp đại biểu')?.lead)).toBe('Chi đoàn thôn Đông Hà');
    expect(name(by('hoàn thiện hồ sơ Đại hội')?.lead)).toMatch(/^Ban Thường vụ Đoàn huyện/);
  });
});

describe('an item of a dated duty and a standing one, closed by its roles in brackets', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Xây dựng bản đồ đất công, hoàn thành trong năm 2025; cập nhật biến động đất công lên hệ thống, thực hiện thường xuyên (Cơ quan chủ trì: Phòng Tài nguyên và Môi trường; phối hợp: UBND các xã).',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('makes two tasks with the bracket’s lead, the first due at the end of 2025, the second with no deadline', () => {
    expect(draft.tasks).toHaveLength(2);
    expect(by('bản đồ đất công')?.deadline?.due).toBe('2025-12-31');
    const standing = draft.tasks.find((t) => t.title.startsWith('Cập nhật biến động'));
    expect(standing?.deadline).toBeUndefined();
    expect(name(standing?.lead)).toBe('Phòng Tài nguyên và Môi trường');
  });
});

describe('names of bodies merged in 2025', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Sở Tài chính, Kế hoạch và Đầu tư bố trí vốn kiểm kê trước ngày 30/6/2025.',
      '2. Phòng Kinh tế, Hạ tầng và Đô thị cắm mốc các khu đất công trong quý III/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the whole merged name, not the older sector it starts with', () => {
    expect(name(by('bố trí vốn kiểm kê')?.lead)).toBe('Sở Tài chính, Kế hoạch và Đầu tư');
    expect(name(by('cắm mốc các khu đất công')?.lead)).toBe('Phòng Kinh tế, Hạ tầng và Đô thị');
  });
});
