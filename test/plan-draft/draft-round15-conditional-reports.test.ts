import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 15 of the drafter): who reports when something goes wrong or happens.

const HEAD = [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN ĐÔNG SƠN',
  'Số: 61/KH-UBND',
  'Đông Sơn, ngày 14 tháng 4 năm 2029',
  'KẾ HOẠCH',
  'Phòng, chống dịch bệnh mùa hè năm 2029',
];

describe('a conditional reporting line', () => {
  it('"…, nếu có khó khăn, vướng mắc, các xã, thị trấn phản ánh về …" is led by those it names, not by the sentence before', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Phòng Y tế huyện',
        'Phòng Y tế huyện là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các xã, thị trấn phản ánh về Ủy ban nhân dân huyện (qua Phòng Y tế) để được hướng dẫn.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(name(by('vướng mắc')?.lead)).toBe('các xã, thị trấn');
    expect(name(by('cơ quan thường trực')?.lead)).toMatch(/^Phòng Y tế huyện/u);
  });

  it('"Khi phát hiện ổ dịch, báo cáo ngay …" with no subject is the duty of the line before\'s subject', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'IV. CHẾ ĐỘ BÁO CÁO',
        'Trạm Y tế các xã, thị trấn báo cáo tình hình dịch bệnh về Trung tâm Y tế huyện trước ngày 20 hằng tháng.',
        'Khi phát hiện ổ dịch mới, báo cáo ngay Trung tâm Y tế huyện qua điện thoại, sau đó gửi báo cáo bằng văn bản trong vòng 24 giờ.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    const monthly = by('trước ngày 20 hằng tháng');
    expect(monthly?.lead).toBeDefined();
    expect(by('ổ dịch mới')?.lead).toBe(monthly?.lead);
    expect(name(by('ổ dịch mới')?.lead)).toMatch(/Trạm Y tế/u);
  });
});
