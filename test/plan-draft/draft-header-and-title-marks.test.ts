import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

const plan = (heading: string) =>
  `${heading}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
Hòa Lạc, ngày 05 tháng 3 năm 2028

KẾ HOẠCH
Tổng vệ sinh môi trường năm 2028

1. Phòng Tài nguyên và Môi trường huyện tổ chức ra quân tổng vệ sinh, hoàn thành trước ngày 30/4/2028.
`;

describe('the issuer read from the heading block', () => {
  it('joins a name wrapped over two heading lines and keeps the place in capitals', () => {
    const draft = draftPlan(plan('ỦY BAN NHÂN DÂN\nHUYỆN HÒA LẠC\n-------'));
    expect(draft.header.issuer).toBe('Ủy ban nhân dân huyện Hòa Lạc');
    expect(draft.header.reviewNotes.join(' ')).toContain('"ỦY BAN NHÂN DÂN HUYỆN HÒA LẠC"');
  });

  it('takes the lower line alone when the upper one is its parent body', () => {
    const draft = draftPlan(plan('UBND TỈNH LÂM GIANG\nSỞ Y TẾ\n-------'));
    expect(draft.header.issuer).toBe('Sở Y tế'); // the field takes a capital (official-name-case.ts)
  });

  it('keeps the place in capitals when one line names the level and the place', () => {
    const draft = draftPlan(plan('ỦY BAN NHÂN DÂN HUYỆN HÒA LẠC\n-------'));
    expect(draft.header.issuer).toBe('Ủy ban nhân dân huyện Hòa Lạc');
  });
});

describe('the closing mark of a document body', () => {
  it('does not end a task title with "./"', () => {
    const draft = draftPlan(
      `${plan('ỦY BAN NHÂN DÂN HUYỆN HÒA LẠC\n-------')}2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Ủy ban nhân dân huyện để xem xét, giải quyết./\n`,
    );
    const closing = draft.tasks.find((task) => task.source.includes('vướng mắc'));
    expect(closing?.title).toBeDefined();
    expect(closing?.title).not.toMatch(/\/$/);
  });
});
