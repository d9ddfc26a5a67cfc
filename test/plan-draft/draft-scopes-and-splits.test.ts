import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { joinSpacedCapitals } from '../../src/core/plan-draft/normalize-layout.ts';

// Texts written for these tests, in the patterns of steering-committee plans and ministry plans.

const COMMITTEE_PLAN = [
  'UBND TỈNH NAM ĐỊNH XUÂN',
  'BAN CHỈ ĐẠO 389',
  'Số: 12/KH-BCĐ',
  'Xuân Trường, ngày 03 tháng 10 năm 2024',
  'K Ế HO Ạ CH',
  'Cao điểm chống buôn lậu dịp cuối năm 2024',
  'I. THỜI GIAN',
  '- Giai đoạn 1: từ ngày 15/10/2024 đến ngày 31/12/2024.',
  '- Giai đoạn 2: từ ngày 01/01/2025 đến ngày 15/02/2025.',
  'II. NHIỆM VỤ',
  '1. Giao Giám đốc Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo 389 tỉnh) chỉ đạo thực hiện:',
  '- Lập danh sách các đường dây buôn lậu, hoàn thành trước ngày 25/10/2024.',
  '- Mở đợt kiểm tra hàng hóa tại các chợ đầu mối trong tháng 11 - 12/2024.',
  '2. Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
  'Tuần tra khu vực cửa khẩu, kiểm soát người và phương tiện xuất nhập cảnh.',
  'Kiểm soát chợ biên giới trong Giai đoạn 2.',
  '3. Ủy ban nhân dân xã, phường, thị trấn:',
  '- Tuyên truyền người dân không tiếp tay cho buôn lậu.',
  '4. Cục Quản lý thị trường: Kiểm tra các cơ sở kinh doanh hàng nhập khẩu; phối hợp với Công an tỉnh xử lý vi phạm.',
  'III. CHẾ ĐỘ BÁO CÁO',
  'Các sở, ngành, địa phương báo cáo hằng quý (trước ngày 20 tháng cuối quý); sơ kết Giai đoạn 1 trước ngày 05/01/2025; tổng kết trước ngày 28/02/2025. Công an tỉnh tổng hợp báo cáo Ban Chỉ đạo 389 quốc gia. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về Ban Chỉ đạo 389 tỉnh.',
].join('\n');

describe('draftPlan on a steering committee plan with scopes and several duties per item', () => {
  const draft = draftPlan(COMMITTEE_PLAN);
  const by = (part: string) => draft.tasks.find((t) => t.source.includes(part));
  const name = (code?: string) => [...draft.units, ...draft.groups].find((u) => u.code === code)?.name;

  it('joins a kind heading pulled apart by a scan and reads the header', () => {
    expect(draft.header).toMatchObject({ kind: 'KẾ HOẠCH', number: '12/KH-BCĐ', issueDate: '2024-10-03' });
  });

  it('gives bullets the unit of a "Giao Giám đốc X (alias) chỉ đạo thực hiện:" heading, the alias no second unit', () => {
    const list = by('Lập danh sách')!;
    expect(name(list.lead)).toBe('Công an tỉnh');
    expect(list.support).toEqual([]);
    expect(list.deadline?.due).toBe('2024-10-24');
  });

  it('reads a month range as a period', () => {
    expect(by('chợ đầu mối')!.deadline).toMatchObject({ kind: 'period', start: '2024-11-01', due: '2024-12-31' });
  });

  it('takes a plain paragraph under a unit heading as its duty, and military and collective headings as scopes', () => {
    expect(name(by('cửa khẩu')?.lead)).toBe('Bộ Chỉ huy Bộ đội Biên phòng tỉnh');
    expect(name(by('không tiếp tay')?.lead)).toBe('Ủy ban nhân dân xã, phường, thị trấn');
  });

  it('keeps X as lead in "X: … phối hợp với Y …" and reads central bodies by name', () => {
    expect(name(by('hàng nhập khẩu')?.lead)).toBe('Cục Quản lý thị trường');
  });

  it('splits a paragraph with several deadlines and a second subject into tasks', () => {
    const quarterly = by('hằng quý')!;
    expect(quarterly.deadline).toMatchObject({ kind: 'recurrence', recurrence: { frequency: 'quarterly', dueDay: 19 } });
    expect(name(quarterly.lead)).toBe('các sở, ngành, địa phương');
    expect(by('sơ kết Giai đoạn 1')!.deadline?.due).toBe('2025-01-04');
    expect(by('tổng kết trước')!.deadline?.due).toBe('2025-02-27');
    expect(name(by('tổng hợp báo cáo Ban Chỉ đạo')?.lead)).toBe('Công an tỉnh');
    expect(by('nếu có vướng mắc')?.source).toMatch(/^Trong quá trình thực hiện/);
    expect(draft.tasks.filter((t) => t.section === 'III').every((t) => t.review)).toBe(true);
  });
});

describe('draftPlan on time given by rounds and by phases', () => {
  it('makes one task per round of a time line, and gives a duty "trong Giai đoạn 2" that phase', () => {
    const draft = draftPlan(
      [
        'Số: 8/KH-UBND',
        'Tân An, ngày 02 tháng 3 năm 2020',
        'KẾ HOẠCH',
        'Phòng chống sốt xuất huyết năm 2020',
        'I. NHIỆM VỤ',
        '1. Tổ chức chiến dịch diệt lăng quăng.',
        '- Cơ quan thực hiện: Sở Y tế.',
        '- Thời gian thực hiện: 02 đợt, đợt 1 hoàn thành trước ngày 30/6/2020, đợt 2 hoàn thành trước ngày 30/9/2020.',
      ].join('\n'),
    );
    expect(draft.tasks.map((t) => [t.title, t.lead, t.deadline?.due])).toEqual([
      ['Tổ chức chiến dịch diệt lăng quăng (đợt 1)', 'SO_YT', '2020-06-29'],
      ['Tổ chức chiến dịch diệt lăng quăng (đợt 2)', 'SO_YT', '2020-09-29'],
    ]);
    const committee = draftPlan(COMMITTEE_PLAN);
    expect(committee.tasks.find((t) => t.source.includes('chợ biên giới'))).toMatchObject({
      phase: 'GD2',
      deadline: { start: '2025-01-01', due: '2025-02-15' },
    });
  });
});

describe('draftPlan on ordinal duties', () => {
  it('reads "Thứ nhất, …" paragraphs as items with their own subjects', () => {
    const draft = draftPlan(
      [
        'Số: 5-CTr/TU',
        'Hà Giang, ngày 01 tháng 3 năm 2022',
        'CHƯƠNG TRÌNH HÀNH ĐỘNG',
        'Thực hiện nghị quyết về đất đai',
        'I. NHIỆM VỤ, GIẢI PHÁP',
        'Thứ nhất, Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo rà soát quy hoạch sử dụng đất, hoàn thành trong năm 2023.',
        'Thứ hai, Sở Tài nguyên và Môi trường hoàn thành cơ sở dữ liệu đất đai trước ngày 31/12/2024.',
      ].join('\n'),
    );
    expect(draft.tasks.map((t) => [t.section, draft.units.find((u) => u.code === t.lead)?.name, t.deadline?.due])).toEqual([
      ['I.1', 'Ban cán sự đảng Ủy ban nhân dân tỉnh', '2023-12-31'],
      ['I.2', 'Sở Tài nguyên và Môi trường', '2024-12-30'],
    ]);
  });
});

describe('draftPlan on items run together on one line', () => {
  it('puts glued sibling items back on their own lines', () => {
    const draft = draftPlan(
      [
        'Số: 2/KH-UBND',
        'Cà Mau, ngày 05 tháng 01 năm 2022',
        'KẾ HOẠCH',
        'Phòng cháy chữa cháy năm 2022',
        'I. NHIỆM VỤ',
        '1. Công an tỉnh:',
        'a) Kiểm tra các cơ sở karaoke trước ngày 31/3/2022; b) Tổ chức diễn tập tại chợ trung tâm trong quý II/2022; c) Tuyên truyền trên loa phát thanh.',
      ].join('\n'),
    );
    expect(draft.tasks.map((t) => [t.section, t.lead, t.deadline?.due])).toEqual([
      ['I.1.a', 'CA_T', '2022-03-30'],
      ['I.1.b', 'CA_T', '2022-06-30'],
      ['I.1.c', 'CA_T', undefined],
    ]);
  });
});

describe('joinSpacedCapitals', () => {
  it('joins letters a scan pulled apart, and leaves normal headings alone', () => {
    expect(joinSpacedCapitals('S Ở GIÁO D Ụ C VÀ ĐÀO T Ạ O')).toBe('SỞ GIÁO DỤC VÀ ĐÀO TẠO');
    expect(joinSpacedCapitals('BAN CHỈ ĐẠO 138 TỈNH')).toBe('BAN CHỈ ĐẠO 138 TỈNH');
  });
});
