import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 23 of the drafter): the closing "nếu có khó khăn, vướng mắc, … báo cáo về …" is the
// conditional reporting duty of the units it names (the real keys' convention, ../shared/plans/dev 04-25), with no deadline.

const HEAD = [
  'SỞ CÔNG THƯƠNG',
  'TỈNH HÀ NGUYÊN',
  'Số: 12/KH-SCT',
  'Hà Nguyên, ngày 10 tháng 3 năm 2029',
  'KẾ HOẠCH',
  'Kiểm tra an toàn thực phẩm năm 2029',
  'I. NHIỆM VỤ',
  '1. Phòng Quản lý thương mại',
  '- Kiểm tra các chợ đầu mối trước ngày 30/6/2029.',
  'II. TỔ CHỨC THỰC HIỆN',
];

describe('the closing conditional reporting line', () => {
  it('"…; trong quá trình thực hiện có khó khăn kịp thời phản ánh về …" (no "vướng mắc") is the report, not the closing request', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'Trưởng các phòng thuộc Sở căn cứ nhiệm vụ được giao tổ chức thực hiện; trong quá trình thực hiện có khó khăn kịp thời phản ánh về Văn phòng Sở./.',
      ].join('\n'),
    );
    const { name } = helpers(draft);
    const closing = draft.tasks.filter((t) => t.source.includes('Văn phòng Sở'));
    expect(closing).toHaveLength(1);
    expect(closing[0]?.title).toMatch(/phản ánh về Văn phòng Sở/u);
    expect(closing[0]?.title).not.toMatch(/^Căn cứ/u);
    expect(name(closing[0]?.lead)).toMatch(/các phòng thuộc Sở/iu);
    expect(closing[0]?.deadline).toBeUndefined();
  });

  it("a line that names no unit, after a closing request that does, is that subject's duty, flagged for review", () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'Các phòng thuộc Sở căn cứ Kế hoạch này triển khai thực hiện.',
        'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Giám đốc Sở (qua Văn phòng Sở) để được hướng dẫn./.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    const report = by('vướng mắc');
    expect(report).toBeDefined();
    expect(name(report?.lead)).toMatch(/^các phòng thuộc Sở$/iu);
    expect(report?.deadline).toBeUndefined();
    expect(report?.review).toBe(true);
    expect(report?.reviewNotes.join(' ')).toMatch(/không nêu trong câu/u);
    // the closing request itself is no task
    expect(draft.tasks.some((t) => t.source.startsWith('Các phòng thuộc Sở căn cứ'))).toBe(false);
  });

  it('"Trên đây là Kế hoạch … . Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về …" keeps the report', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        '1. Phòng Quản lý thương mại tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 15/12/2029.',
        'III. KINH PHÍ',
        'Kinh phí thực hiện từ nguồn ngân sách năm 2029 của Sở.',
        'Trên đây là Kế hoạch kiểm tra an toàn thực phẩm năm 2029 của Sở Công Thương. Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Công Thương (qua Văn phòng Sở) để được hướng dẫn./.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    const report = by('vướng mắc');
    expect(report).toBeDefined();
    expect(report?.title).not.toMatch(/^Trên đây/u);
    expect(name(report?.lead)).toMatch(/^các đơn vị$/iu);
    expect(report?.deadline).toBeUndefined();
  });

  it('a letter\'s contact line ("… đề nghị liên hệ Cục … để được hướng dẫn") asks no one to report and stays no task', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'Các phòng thuộc Sở căn cứ Kế hoạch này triển khai thực hiện.',
        'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Văn phòng Sở (điện thoại 0263.3821.xxx) để được hướng dẫn.',
      ].join('\n'),
    );
    expect(draft.tasks.some((t) => t.source.includes('liên hệ'))).toBe(false);
  });

  it('a line that names its units keeps them and carries no inferred-lead note', () => {
    const draft = draftPlan(
      [...HEAD, 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị, địa phương báo cáo về Sở Công Thương để tổng hợp, đề xuất./.'].join('\n'),
    );
    const { by, name } = helpers(draft);
    const report = by('vướng mắc');
    expect(name(report?.lead)).toMatch(/^các đơn vị, địa phương$/iu);
    expect(report?.deadline).toBeUndefined();
    expect(report?.reviewNotes.join(' ')).not.toMatch(/không nêu trong câu/u);
  });
});
