import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 10 of the drafter): report days of a monthly report, and the units' conditional
// reporting duty ("nếu có vướng mắc … phản ánh về …"), which the real answer keys (../shared/plans/dev 04-25) count as a task.

describe('the day of a monthly report', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ CỤ THỂ',
      '1. Phòng Tài chính - Kế hoạch',
      '- Tổng hợp tình hình giải ngân, báo cáo Ủy ban nhân dân huyện định kỳ hằng tháng trước ngày 25.',
      '- Định kỳ hằng tháng tổng hợp số liệu thu ngân sách trên địa bàn huyện, báo cáo Ủy ban nhân dân huyện trước ngày 05 của tháng sau.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('keeps the day that ends the sentence', () => {
    expect(by('giải ngân')?.deadline?.recurrence).toMatchObject({ frequency: 'monthly', dayOfPeriod: 25 });
  });

  it('reads "trước ngày 05 của tháng sau" as the day of each month', () => {
    expect(by('thu ngân sách')?.deadline?.recurrence).toMatchObject({ frequency: 'monthly', dayOfPeriod: 5 });
  });
});

describe('the units asked to pass problems up', () => {
  it('gives "nếu có vướng mắc, các cơ quan, đơn vị phản ánh về …" to the units it names', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Phòng Tài nguyên và Môi trường chủ trì kiểm kê đất công, hoàn thành trước ngày 30/6/2025.',
        '2. Kinh phí thực hiện từ nguồn ngân sách huyện.',
        '',
        'Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Tài nguyên và Môi trường để tổng hợp./.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(name(by('phản ánh về')?.lead)).toMatch(/^các cơ quan, đơn vị$/i);
  });

  it('drafts the closing line put under "IV. KINH PHÍ", a part with no duties', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'III. TỔ CHỨC THỰC HIỆN',
        'Phòng Tài nguyên và Môi trường chủ trì kiểm kê đất công, hoàn thành trước ngày 30/6/2025.',
        'IV. KINH PHÍ',
        'Kinh phí thực hiện từ nguồn ngân sách huyện năm 2025.',
        '',
        'Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo UBND huyện để xem xét, chỉ đạo./.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(name(by('kịp thời báo cáo UBND huyện')?.lead)).toMatch(/^các cơ quan, đơn vị$/i);
    expect(draft.tasks.some((t) => t.source.startsWith('Kinh phí'))).toBe(false);
  });

  it('splits "Yêu cầu X triển khai thực hiện; quá trình thực hiện có vướng mắc, báo cáo …" into the request (no task) and the report', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Phòng Tài nguyên và Môi trường chủ trì kiểm kê đất công, hoàn thành trước ngày 30/6/2025.',
        '2. Yêu cầu Chủ tịch UBND các xã, thị trấn triển khai thực hiện; quá trình thực hiện có khó khăn, vướng mắc, báo cáo Chủ tịch UBND huyện để giải quyết.',
      ].join('\n'),
    );
    const { name } = helpers(draft);
    const report = draft.tasks.find((t) => t.source.includes('vướng mắc'));
    expect(report?.source).not.toMatch(/^Yêu cầu/);
    expect(name(report?.lead)).toBe('UBND các xã, thị trấn');
    expect(draft.tasks.filter((t) => /triển khai thực hiện$/.test(t.title))).toHaveLength(0);
  });
});

describe('a heading that names one office of several sectors', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Chi cục Chăn nuôi, Thú y và Thủy sản (cơ quan thường trực)',
      '- Tham mưu ban hành văn bản hướng dẫn tiêm phòng, hoàn thành trước ngày 20/02/2025.',
      '2. Cục Pháp chế và cải cách hành chính, tư pháp (V03)',
      '- Chủ trì rà soát các quy định về xử phạt, hoàn thành trước ngày 30/8/2025.',
      '3. Sở Y tế, Sở Tài chính',
      '- Lấy mẫu giám sát trong quý III/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the sectors joined by "," and "và" up to the role in brackets', () => {
    expect(name(by('tiêm phòng')?.lead)).toBe('Chi cục Chăn nuôi, Thú y và Thủy sản');
  });

  it('reads a department whose first sector is in the gazetteer up to its code', () => {
    expect(name(by('xử phạt')?.lead)).toBe('Cục Pháp chế và cải cách hành chính, tư pháp');
  });

  it('keeps two units on one heading apart', () => {
    expect(name(by('giám sát')?.lead)).toBe('Sở Y tế');
  });
});

describe('a plan pasted from a PDF', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Giáo dục và Đào tạo',
      '- Gửi tài liệu cho các trường trước khi khai giảng lớp bồi dưỡng ít nhất',
      '10 ngày; hướng dẫn giáo viên tự học.',
      '',
      '                                                                            2',
      'Kế hoạch kiểm kê đất công năm 2025',
      '- Tổng hợp kết quả, báo cáo Chủ tịch UBND huyện trong vòng',
      '07 ngày sau khi kết thúc đợt kiểm kê.',
    ].join('\n'),
  );

  it('joins a line broken after "ít nhất" or "trong vòng" to the duty', () => {
    expect(draft.tasks.map((t) => t.title)).not.toContain('10 ngày');
    expect(draft.tasks.some((t) => t.title.startsWith('07 ngày'))).toBe(false);
    // "…; hướng dẫn giáo viên tự học" is a duty of its own since round 32 (directing another party after undated work; dev-8's
    // 134 keys the pair as one)
    expect(draft.tasks.map((t) => t.title)).toEqual([
      'Gửi tài liệu cho các trường trước khi khai giảng lớp bồi dưỡng ít nhất 10 ngày',
      'Hướng dẫn giáo viên tự học',
      'Tổng hợp kết quả, báo cáo Chủ tịch UBND huyện trong vòng 07 ngày sau khi kết thúc đợt kiểm kê',
    ]);
  });

  it("drops the document's name repeated at the top of a page, though it comes once", () => {
    expect(draft.tasks.some((t) => t.source.includes('Kế hoạch kiểm kê'))).toBe(false);
  });
});

describe('collectives outside the gazetteer', () => {
  const draft = draftPlan(
    [
      ...HEAD.slice(0, 4),
      'V/v hướng dẫn nhiệm vụ năm học',
      'Kính gửi:',
      '- Ủy ban nhân dân các xã, thị trấn;',
      '- Hiệu trưởng các trường tiểu học.',
      'II. NHIỆM VỤ CỤ THỂ',
      '1. Các nhà trường xây dựng kế hoạch giáo dục, trình duyệt trước ngày 25/9/2025.',
      '2. Các tổ công tác kiểm tra nội bộ trường học, hoàn thành trong tháng 11/2025.',
      '3. Ban Chỉ đạo phổ cập giáo dục các xã, thị trấn cập nhật số liệu phổ cập, hoàn thành trước ngày 30/10/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives the duty to the collective that is its subject, not to the first addressee', () => {
    expect(name(by('kế hoạch giáo dục')?.lead)).toMatch(/^các nhà trường$/i);
    expect(name(by('kiểm tra nội bộ')?.lead)).toMatch(/^các tổ công tác$/i);
  });

  it('reads a steering committee of every commune whole, "giáo dục" in its purpose', () => {
    expect(name(by('số liệu phổ cập')?.lead)).toBe('Ban Chỉ đạo phổ cập giáo dục các xã, thị trấn');
  });
});

describe('a paragraph addressed to a list of heads', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ',
      '1. Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố kiện toàn Ban Chỉ huy phòng, chống thiên tai, hoàn thành trước ngày 15/5/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('is led by the collective of the bodies those heads lead', () => {
    expect(name(by('kiện toàn')?.lead)).toMatch(/^các sở, ban, ngành, đoàn thể tỉnh$/i);
  });
});

describe('a part that only lists the phases', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. THỜI GIAN VÀ CÁC GIAI ĐOẠN',
      '1. Giai đoạn 1 (từ ngày 10/3/2025 đến ngày 31/3/2025): khảo sát, lập danh mục.',
      '2. Giai đoạn 2 (từ ngày 01/4/2025 đến ngày 30/6/2025): ra quân, tổng kết.',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Tài nguyên và Môi trường chủ trì khảo sát, lập danh mục, hoàn thành trước ngày 31/3/2025.',
    ].join('\n'),
  );

  it('makes phases of the phase lines, and no tasks', () => {
    expect(draft.phases.filter((p) => p.code.startsWith('GD'))).toHaveLength(2);
    expect(draft.tasks).toHaveLength(1);
    expect(draft.tasks[0]?.title).not.toMatch(/^Giai đoạn/);
  });
});

describe('a lead-in under a Party committee heading', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'II. NHIỆM VỤ CỤ THỂ',
      '2. Đảng ủy Ủy ban nhân dân huyện',
      'Lãnh đạo Ủy ban nhân dân huyện:',
      'a) Xây dựng Kế hoạch thực hiện Chương trình, ban hành trước ngày 31/3/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('is no task; the items after it belong to the committee', () => {
    expect(draft.tasks.some((t) => t.source.startsWith('Lãnh đạo'))).toBe(false);
    expect(name(by('Kế hoạch thực hiện')?.lead)).toBe('Đảng ủy Ủy ban nhân dân huyện');
  });
});

describe('a subject in the plural before a unit name', () => {
  const draft = draftPlan(
    [...HEAD, 'II. NHIỆM VỤ', 'Bộ Y tế giao:', '- Các Viện Vệ sinh dịch tễ, Viện Pasteur giám sát các chủng vi rút cúm lưu hành.'].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('is the lead, not the unit of the lead-in', () => {
    expect(name(by('vi rút cúm')?.lead)).toBe('Viện Vệ sinh dịch tễ');
  });
});
