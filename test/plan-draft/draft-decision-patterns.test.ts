import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Short documents written for these tests in the patterns of provincial decisions and action programmes.

const RUN_ON_DECISION = [
  'ỦY BAN NHÂN DÂN TỈNH HÒA AN -------',
  'Số: 77/QĐ-UBND Hòa An, ngày 10 tháng 3 năm 2021 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ AN TOÀN THỰC PHẨM',
  'Căn cứ Luật An toàn thực phẩm năm 2010;',
  'Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động về an toàn thực phẩm.',
  'Điều 2. Giám đốc Sở Y tế; Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này./.',
  'Nơi nhận:',
  '- Như Điều 2;',
  '- Ban Tuyên giáo Tỉnh ủy;',
  'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Bình CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ AN TOÀN THỰC PHẨM (Ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 10/3/2021)',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Nâng cao nhận thức của người sản xuất, kinh doanh thực phẩm.',
  'II. NHIỆM VỤ CỤ THỂ',
  '1. Quản lý chặt chẽ cơ sở sản xuất 1.1.',
  'Rà soát, thống kê các cơ sở sản xuất thực phẩm trên địa bàn.',
  '1.2.',
  'Kiểm tra định kỳ các bếp ăn tập thể;',
  'xử lý nghiêm cơ sở vi phạm.',
  '- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với Sở Công Thương; Ủy ban nhân dân các huyện.',
  '- Thời gian thực hiện: Hoàn thành trong quý III/2021.',
  '2. Truyền thông 2.1. Phát sóng chuyên mục về an toàn thực phẩm trên sóng phát thanh.',
  '- Cơ quan thực hiện: Sở Thông tin và truyền thông đôn đốc các cơ quan báo chí -Thời gian thực hiện: Thực hiện thường xuyên.',
  '2.2. Tổng hợp tình hình ngộ độc thực phẩm.',
  '- Cơ quan thực hiện: Sở Y tế.',
  '- Thời gian thực hiện: Thực hiện định kỳ hằng năm; riêng năm 2021 hoàn thành trong quý IV/2021.',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Các sở, ban, ngành; Ủy ban nhân dân các huyện căn cứ nhiệm vụ được giao xây dựng kế hoạch của đơn vị;',
  'định kỳ hằng năm (trước ngày 10/12) báo cáo kết quả về Sở Y tế.',
  '2. Giao Sở Y tế:',
  '- Chủ trì, phối hợp với Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí.',
  '3. Đề nghị Ủy ban MTTQ Việt Nam tỉnh: Vận động nhân dân tham gia giám sát an toàn thực phẩm;',
  'phối hợp tuyên truyền trong các khu dân cư.',
  '[1] tại Kế hoạch số 12/KH-UBND ngày 05/01/2021 của Ủy ban nhân dân tỉnh.',
].join('\n');

describe('draftPlan on a decision whose programme follows the signature (run-on lines)', () => {
  const draft = draftPlan(RUN_ON_DECISION);
  const by = (part: string) => draft.tasks.find((t) => t.source.includes(part));
  const name = (code?: string) => [...draft.units, ...draft.groups].find((u) => u.code === code)?.name;

  it('reads the header when the document kind runs on after the dateline', () => {
    expect(draft.header).toMatchObject({ number: '77/QĐ-UBND', issueDate: '2021-03-10', kind: 'QUYẾT ĐỊNH' });
    expect(draft.header.issuer).toBe('Ủy ban nhân dân tỉnh Hòa An');
  });

  it('drafts the programme after the signature, item numbers moved to their items', () => {
    expect(by('Rà soát, thống kê')?.section).toBe('II.1.1');
    expect(by('Phát sóng chuyên mục')?.section).toBe('II.2.1');
    expect(draft.tasks.some((t) => /Nâng cao nhận thức/.test(t.source))).toBe(false);
    expect(draft.tasks.some((t) => /thi hành Quyết định|Ban hành kèm theo/.test(t.source))).toBe(false);
  });

  it('attaches Cơ quan thực hiện and Thời gian thực hiện lines to their duty, and to the items before that share them', () => {
    const inspect = by('Kiểm tra định kỳ')!;
    expect(name(inspect.lead)).toBe('Sở Y tế');
    expect(inspect.support.map(name)).toEqual(['Sở Công Thương', 'Ủy ban nhân dân các huyện']);
    expect(inspect.deadline).toMatchObject({ due: '2021-09-30' });
    expect(inspect.source).toContain('xử lý nghiêm');
    const survey = by('Rà soát, thống kê')!;
    expect(name(survey.lead)).toBe('Sở Y tế');
    expect(survey.deadline?.due).toBe('2021-09-30');
    expect(draft.tasks.some((t) => /^(Cơ quan|Thời gian) thực hiện/.test(t.source))).toBe(false);
  });

  it('splits an attribute glued to the line before, and stops a unit name at its verb', () => {
    const radio = by('Phát sóng')!;
    expect(name(radio.lead)).toBe('Sở Thông tin và Truyền thông');
    expect(radio.deadline).toBeUndefined();
  });

  it('reads a yearly duty with a first due date, and a yearly report day without a year', () => {
    expect(by('Tổng hợp tình hình')!.deadline).toMatchObject({ kind: 'recurrence', recurrence: { frequency: 'yearly' }, due: '2021-12-31' });
    const report = by('báo cáo kết quả về Sở Y tế')!;
    expect(report.deadline).toMatchObject({ kind: 'recurrence', recurrence: { frequency: 'yearly', monthOfYear: 12, dueDay: 9 } });
    expect(name(report.lead)).toBe('các sở, ban, ngành');
    expect(by('xây dựng kế hoạch của đơn vị')).toBeDefined();
  });

  it('keeps the scope lead for an item with an implicit subject, and takes "Đề nghị X:" as X', () => {
    const funds = by('bố trí kinh phí')!;
    expect(name(funds.lead)).toBe('Sở Y tế');
    expect(funds.support.map(name)).toContain('Sở Tài chính');
    const front = by('Vận động nhân dân')!;
    expect(name(front.lead)).toMatch(/^Ủy ban Mặt trận Tổ quốc Việt Nam/);
    expect(front.title).toMatch(/^Vận động nhân dân/);
    expect(front.source).toContain('phối hợp tuyên truyền');
  });

  it('takes no unit from capitals lines and drops footnotes', () => {
    expect(draft.units.every((u) => u.name !== u.name.toUpperCase())).toBe(true);
    expect(draft.units.some((u) => /BAN HÀNH|Trần Văn/.test(u.name))).toBe(false);
    expect(draft.tasks.some((t) => t.source.includes('12/KH-UBND'))).toBe(false);
  });
});

const SCHOOL_CALENDAR = [
  'ỦY BAN NHÂN DÂN TỈNH LAM SƠN',
  'Số: 501/QĐ-UBND',
  'Lam Sơn, ngày 0 5 tháng 0 8 năm 2025',
  'QUYẾT ĐỊNH',
  'Ban hành khung thời gian năm học 2025-2026',
  'Điều 1. Ban hành khung thời gian năm học 2025-2026 như sau:',
  '1. Khai giảng năm học mới: Ngày 05/9/2025.',
  '2. Thời gian học tập:',
  '- Học kỳ I: Bắt đầu từ ngày 08/9/2025; kết thúc trước ngày 17/01/2026.',
  '- Học kỳ II: Bắt đầu sau khi kết thúc học kỳ I; tổng kết năm học trước ngày 30/5/2026.',
  '3. Tổ chức các kỳ thi cấp tỉnh theo hướng dẫn của Sở Giáo dục và Đào tạo.',
  '4. Ngày nghỉ lễ, tết: thực hiện theo quy định của Bộ luật Lao động năm 2019.',
  'Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo',
  '1. Hướng dẫn các trường thực hiện khung thời gian năm học 2025-2026. Trường hợp thiên tai, báo cáo Chủ tịch Ủy ban nhân dân tỉnh cho học sinh nghỉ học.',
  'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
].join('\n');

describe('draftPlan on a decision with a calendar and an assigning article', () => {
  const draft = draftPlan(SCHOOL_CALENDAR);
  const by = (part: string) => draft.tasks.find((t) => t.source.includes(part));

  it('reads a dateline with stray spaces inside its numbers, and flags it', () => {
    expect(draft.header.issueDate).toBe('2025-08-05');
    expect(draft.header.reviewNotes.join(' ')).toMatch(/khoảng trắng lạ/);
  });

  it('gives the article’s clauses the unit the decision assigns, flagged', () => {
    const opening = by('Khai giảng')!;
    expect(opening.lead).toBe('SO_GDDT');
    expect(opening.deadline?.due).toBe('2025-09-05');
    expect(opening.reviewNotes.join(' ')).toMatch(/tạm lấy đơn vị được giao/);
    expect(by('kỳ thi cấp tỉnh')?.lead).toBe('SO_GDDT');
    expect(by('Hướng dẫn các trường')).toMatchObject({ lead: 'SO_GDDT' });
  });

  it('reads a school year as a name, not a deadline', () => {
    expect(by('Hướng dẫn các trường')!.deadline).toBeUndefined();
  });

  it('makes terms phases, and a task only where the line holds a duty', () => {
    expect(draft.phases.map((p) => [p.code, p.name, p.start, p.end])).toEqual([
      ['HK1', 'Học kỳ I', '2025-09-08', '2026-01-16'],
      ['HK2', 'Học kỳ II', '2026-01-17', '2026-05-29'],
    ]);
    expect(draft.tasks.some((t) => t.source.startsWith('Học kỳ I:'))).toBe(false);
    expect(by('tổng kết năm học')).toMatchObject({ phase: 'HK2', deadline: { due: '2026-05-29' } });
  });

  it('leaves rules, the issuing article and the effective date out of the tasks', () => {
    expect(draft.tasks.map((t) => t.section)).toEqual(['Đ1.1', 'Đ1.2', 'Đ1.3', 'Đ2.1', 'Đ2.1']);
    expect(draft.tasks.at(-1)).toMatchObject({ lead: 'SO_GDDT', source: expect.stringMatching(/^Trường hợp thiên tai/) });
    expect(draft.tasks.some((t) => /Ngày nghỉ lễ|hiệu lực|Ban hành khung/.test(t.source))).toBe(false);
  });
});

describe('draftPlan on a time line shared by several items', () => {
  it('gives the special date ("riêng việc …") only to the item doing that work', () => {
    const draft = draftPlan(
      [
        'Số: 21/KH-UBND',
        'Phú Yên, ngày 06 tháng 01 năm 2021',
        'KẾ HOẠCH',
        'Bảo đảm chất lượng nước sạch năm 2021',
        'I. NHIỆM VỤ',
        '1. Kiểm tra, lấy mẫu nước tại các nhà máy cấp nước.',
        '2. Hướng dẫn người dân sử dụng nước an toàn.',
        '- Cơ quan thực hiện: Sở Y tế.',
        '- Thời gian thực hiện: Thực hiện thường xuyên, riêng việc kiểm tra, lấy mẫu nước hoàn thành trong quý II/2021.',
      ].join('\n'),
    );
    expect(draft.tasks.map((t) => [t.section, t.lead, t.deadline?.due])).toEqual([
      ['I.1', 'SO_YT', '2021-06-30'],
      ['I.2', 'SO_YT', undefined],
    ]);
  });
});
