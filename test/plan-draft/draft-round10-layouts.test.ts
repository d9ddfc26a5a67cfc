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
