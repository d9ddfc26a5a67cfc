import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { normalizeLayout } from '../../src/core/plan-draft/normalize-layout.ts';

// Texts written for these tests, in the layouts of Party work programmes, department plans and pasted PDFs.

const PROGRAMME = [
  'HUYỆN ỦY LONG ĐIỀN',
  'Số 08-CTr/HU',
  'Long Điền, ngày 10 tháng 01 năm 2025',
  'CHƯƠNG TRÌNH',
  'công tác năm 2025 của Ban Thường vụ Huyện ủy',
  'I. CÔNG VIỆC THEO THÁNG',
  'Tháng 3/2025:',
  '- Cho ý kiến đề án phát triển làng nghề nhiệm kỳ 2025 - 2030. Cơ quan chuẩn bị: Ban Kinh tế Huyện ủy.',
  '- Kiểm tra công tác phát triển đảng viên tại 04 xã (Ủy ban Kiểm tra Huyện ủy chủ trì; các chi bộ phối hợp).',
  'Tháng 5 và tháng 6/2025:',
  '- Sơ kết công tác dân vận 6 tháng (Ban Dân vận Huyện ủy chuẩn bị).',
  '- Cho ý kiến phương án sắp xếp trường học giai đoạn 2025 - 2027 của huyện. Cơ quan chuẩn bị: Ủy ban nhân dân huyện.',
  'Tháng 9/2025:',
  '- Hội nghị chuyên đề về chuyển đổi số, hoàn thành trước ngày 15/10/2025. Cơ quan chuẩn bị: Văn phòng Huyện ủy.',
].join('\n');

describe('a work programme by month', () => {
  const draft = draftPlan(PROGRAMME);
  const by = (part: string) => draft.tasks.find((t) => t.source.includes(part));
  const name = (code?: string) => [...draft.units, ...draft.groups].find((u) => u.code === code)?.name;

  it('reads "Tháng 3/2025:" as the time of the duties after it, never a task itself', () => {
    expect(draft.tasks.some((t) => /^Tháng/.test(t.source))).toBe(false);
    expect(draft.tasks).toHaveLength(5);
    expect(by('làng nghề')?.deadline?.due).toBe('2025-03-31');
    expect(by('đảng viên')?.deadline?.due).toBe('2025-03-31');
    expect(by('dân vận')?.deadline?.due).toBe('2025-06-30');
  });

  it('keeps a duty’s own date over its heading’s month; a term of office or a named period is no deadline', () => {
    expect(by('chuyển đổi số')?.deadline?.due).toBe('2025-10-14');
    expect(by('làng nghề')?.deadline?.due).not.toBe('2030-12-31');
    expect(by('trường học')?.deadline?.due).toBe('2025-06-30');
  });

  it('takes the lead from "Cơ quan chuẩn bị: X" after the duty and from "(X chủ trì; Y phối hợp)" / "(X chuẩn bị)" closing it', () => {
    expect(name(by('làng nghề')?.lead)).toBe('Ban Kinh tế Huyện ủy');
    expect(name(by('đảng viên')?.lead)).toMatch(/^Ủy ban Kiểm tra/);
    expect(name(by('dân vận')?.lead)).toBe('Ban Dân vận Huyện ủy');
    expect(name(by('trường học')?.lead)).toBe('Ủy ban nhân dân huyện');
    expect(name(by('chuyển đổi số')?.lead)).toBe('Văn phòng Huyện ủy');
  });
});

const DEPARTMENT_PLAN = [
  'CÔNG AN TỈNH BẮC HÀ',
  'Số: 21/KH-CAT',
  'Bắc Hà, ngày 05 tháng 02 năm 2025',
  'KẾ HOẠCH',
  'Làm sạch dữ liệu cư trú năm 2025',
  'II. PHÂN CÔNG',
  '1. Phòng Tham mưu (PV01)',
  '- Theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch.',
  '2. Phòng Hậu cần (PH10)',
  '- Bảo đảm kinh phí, phương tiện cho các đơn vị, hoàn thành trước ngày 31/3/2025.',
  '3. Phòng Cảnh sát hình sự (PC02) - đơn vị thường trực',
  'a) Chủ trì lập danh sách đối tượng truy nã, hoàn thành trước ngày 30/4/2025.',
  '',
  'III. PHỤ LỤC',
  '| TT | Nội dung | Đơn vị chủ trì | Thời gian | Đơn vị phối hợp |',
  '|---|---|---|---|---|',
  '| 1 | Tập huấn nghiệp vụ cho Công an cấp xã | Phòng Tham mưu | Trước ngày 20/4/2025 | Phòng Hậu cần |',
].join('\n');

describe('a department plan with coded offices and a table', () => {
  const draft = draftPlan(DEPARTMENT_PLAN);
  const by = (part: string) => draft.tasks.find((t) => t.source.includes(part));
  const name = (code?: string) => [...draft.units, ...draft.groups].find((u) => u.code === code)?.name;

  it('names an office without its code in parentheses ("Phòng Tham mưu (PV01)")', () => {
    expect(draft.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Phòng Tham mưu', 'Phòng Hậu cần']));
    expect(draft.units.some((u) => u.name.includes('('))).toBe(false);
    expect(name(by('đôn đốc')?.lead)).toBe('Phòng Tham mưu');
  });

  it('keeps a heading a unit heading when the unit’s role follows its name ("- đơn vị thường trực")', () => {
    expect(name(by('truy nã')?.lead)).toBe('Phòng Cảnh sát hình sự');
  });

  it('quotes a table row with its lead and time cells, so the citation shows the deadline as written', () => {
    const row = by('Tập huấn nghiệp vụ');
    expect(row?.source).toContain('Trước ngày 20/4/2025');
    expect(row?.source).toContain('Phòng Tham mưu');
    expect(row?.deadline?.due).toBe('2025-04-19');
  });
});

describe('text broken into lines inside sentences (pasted from a PDF)', () => {
  it('joins a line that goes on in lower case, or after a word no sentence ends with, to the line before', () => {
    const text = ['1. Sở Nội vụ chủ trì, phối hợp với', 'Sở Tài chính rà soát biên chế, hoàn thành', 'trước ngày 30/6/2025.', '2. Sở Y tế báo cáo.'].join('\n');
    expect(normalizeLayout(text).split('\n')).toEqual([
      '1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát biên chế, hoàn thành trước ngày 30/6/2025.',
      '2. Sở Y tế báo cáo.',
    ]);
  });

  it('keeps list items, headings and finished sentences on their own lines', () => {
    const text = ['II. NHIỆM VỤ', 'a) Rà soát hồ sơ;', 'b) Báo cáo kết quả.', 'Sở Tư pháp thẩm định.'].join('\n');
    expect(normalizeLayout(text).split('\n')).toEqual(text.split('\n'));
  });
});

const MINISTRY_PLAN = [
  'BỘ NỘI VỤ',
  'Số: 1234/KH-BNV',
  'Hà Nội, ngày 12 tháng 3 năm 2025',
  'KẾ HOẠCH',
  'Rà soát vị trí việc làm năm 2025',
  'I. THỜI GIAN',
  'Kế hoạch được thực hiện từ ngày ký đến hết ngày 31/12/2025.',
  'Bước 1 (từ ngày 15/3/2025 đến ngày 30/4/2025): các cơ quan tự rà soát.',
  'Bước 2 (từ ngày 01/5/2025 đến ngày 30/6/2025): Bộ Nội vụ thẩm định.',
  'II. NHIỆM VỤ',
  '1. Trước ngày 30/4/2025: Vụ Tổ chức cán bộ tổng hợp danh mục vị trí việc làm của các đơn vị thuộc Bộ.',
  '2. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo rà soát và báo cáo về Bộ Nội vụ trước ngày 15/6/2025.',
].join('\n');

describe('a ministry plan with its own period, steps and deadline-first lines', () => {
  const draft = draftPlan(MINISTRY_PLAN);
  const by = (part: string) => draft.tasks.find((t) => t.source.includes(part));
  const name = (code?: string) => [...draft.units, ...draft.groups].find((u) => u.code === code)?.name;

  it('makes "Kế hoạch được thực hiện từ ngày ký đến hết ngày …" the plan’s period, a phase and no task', () => {
    expect(draft.phases[0]).toMatchObject({ name: 'Thời gian thực hiện', start: '2025-03-12', end: '2025-12-31' });
    expect(by('từ ngày ký')).toBeUndefined();
  });

  it('makes "Bước 1 (từ … đến …): …" a phase with its dates, titled by its work, not by its period', () => {
    expect(draft.phases.filter((p) => p.name.startsWith('Bước')).map((p) => [p.name, p.start, p.end])).toEqual([
      ['Bước 1', '2025-03-15', '2025-04-30'],
      ['Bước 2', '2025-05-01', '2025-06-30'],
    ]);
    expect(by('Bước 2')?.title).toBe('Bước 2: Bộ Nội vụ thẩm định');
  });

  it('reads "Trước ngày D: X làm …" as X’s duty due D, titled by the work', () => {
    const task = by('danh mục vị trí việc làm');
    expect(name(task?.lead)).toBe('Vụ Tổ chức cán bộ');
    expect(task?.deadline?.due).toBe('2025-04-29');
    expect(task?.title).toMatch(/^Tổng hợp danh mục/);
  });

  it('reads "Đề nghị UBND các tỉnh … báo cáo về Bộ trước ngày D" as the provinces’ duty due D', () => {
    const task = by('báo cáo về Bộ Nội vụ');
    expect(name(task?.lead)).toMatch(/^Ủy ban nhân dân các tỉnh/);
    expect(task?.deadline?.due).toBe('2025-06-14');
  });
});

describe('one clause with two dated actions joined by "và"', () => {
  const draft = draftPlan(
    [
      'SỞ TƯ PHÁP TỈNH ĐÔNG AN',
      'Số: 40/KH-STP',
      'Đông An, ngày 02 tháng 02 năm 2025',
      'KẾ HOẠCH',
      'Phổ biến pháp luật năm 2025',
      'II. NHIỆM VỤ',
      '1. Phòng Phổ biến giáo dục pháp luật sơ kết 6 tháng trong tháng 7/2025 và tổng kết công tác năm trước ngày 10/12/2025.',
      '2. Phòng Hành chính tư pháp rà soát thủ tục và cập nhật cơ sở dữ liệu trước ngày 30/6/2025.',
    ].join('\n'),
  );

  it('makes two tasks, each with its own time and the same lead', () => {
    const first = draft.tasks.find((t) => t.source.includes('sơ kết'));
    const second = draft.tasks.find((t) => t.source.includes('tổng kết'));
    expect(first).not.toBe(second);
    expect(first?.deadline?.due).toBe('2025-07-31');
    expect(second?.deadline?.due).toBe('2025-12-09');
    expect(second?.lead).toBe(first?.lead);
  });

  it('keeps "rà soát … và cập nhật … trước ngày D" (one time) one task', () => {
    expect(draft.tasks.filter((t) => t.source.includes('rà soát thủ tục'))).toHaveLength(1);
  });
});

describe('statements that are not duties', () => {
  const draft = draftPlan(
    [
      'ỦY BAN NHÂN DÂN HUYỆN PHÚ LỘC',
      'Số: 77/QĐ-UBND',
      'Phú Lộc, ngày 04 tháng 4 năm 2025',
      'QUYẾT ĐỊNH',
      'Về cấp giấy chứng nhận quyền sử dụng đất',
      'Điều 1. Giao Phòng Tài nguyên và Môi trường rà soát hồ sơ tồn đọng, hoàn thành trước ngày 30/6/2025.',
      'Điều 2. Trường hợp hộ gia đình sử dụng đất ổn định từ trước ngày 01/7/2004, không có tranh chấp thì được xem xét cấp giấy chứng nhận theo quy định tại Điều 101 Luật Đất đai.',
      'Điều 3. Kinh phí thực hiện được bố trí từ nguồn ngân sách huyện năm 2025.',
      'Điều 4. Quyết định số 12/QĐ-UBND ngày 10/01/2020 của UBND huyện hết hiệu lực kể từ ngày Quyết định này có hiệu lực.',
      'Điều 5. Công an huyện:',
      '- Xử lý nghiêm các hành vi lấn chiếm đất công theo Bộ luật Hình sự năm 2015.',
      '- Rà soát các vụ việc lấn chiếm đất công, báo cáo trước ngày 15/5/2025.',
    ].join('\n'),
  );
  const sources = draft.tasks.map((t) => t.source);

  it('drafts the duties', () => {
    expect(sources.some((s) => s.includes('rà soát hồ sơ tồn đọng'))).toBe(true);
    expect(sources.some((s) => s.includes('Rà soát các vụ việc lấn chiếm'))).toBe(true);
  });

  it('makes no task of an entitlement, a funding source, a repeal or the legal consequence of an offence', () => {
    expect(sources.some((s) => /được xem xét cấp|Kinh phí thực hiện|hết hiệu lực|Xử lý nghiêm/.test(s))).toBe(false);
  });
});

describe('a letter (công văn) asking its addressees to report', () => {
  const draft = draftPlan(
    [
      'BỘ TƯ PHÁP',
      'Số: 512/BTP-PBGDPL',
      'V/v báo cáo kết quả hòa giải ở cơ sở năm 2025',
      'Hà Nội, ngày 06 tháng 5 năm 2025',
      'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
      'Để có cơ sở tổng hợp, Bộ Tư pháp đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo Sở Tư pháp xây dựng báo cáo kết quả công tác hòa giải ở cơ sở.',
      'Báo cáo gửi về Bộ Tư pháp trước ngày 20 tháng 6 năm 2025.',
      'Trân trọng./.',
    ].join('\n'),
  );
  const name = (code?: string) => [...draft.units, ...draft.groups].find((u) => u.code === code)?.name;

  it('takes the subject line "V/v …" as the title, not a task', () => {
    expect(draft.header.title).toBe('Báo cáo kết quả hòa giải ở cơ sở năm 2025');
    expect(draft.tasks.some((t) => /^V\/v/.test(t.source))).toBe(false);
  });

  it('drafts the paragraphs of a letter with no numbered parts; a duty with no unit goes to the addressees, flagged', () => {
    const report = draft.tasks.find((t) => t.source.startsWith('Báo cáo gửi về'));
    expect(draft.tasks.some((t) => t.source.includes('chỉ đạo Sở Tư pháp'))).toBe(true);
    expect(name(report?.lead)).toMatch(/^Ủy ban nhân dân các tỉnh/);
    expect(report?.deadline?.due).toBe('2025-06-19');
    expect(report?.reviewNotes.join(' ')).toContain('Kính gửi');
  });
});
