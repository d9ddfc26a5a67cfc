import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 27 of the drafter): a name with commas read whole on its heading line and again in a
// sentence, and the closing problem report of a health centre's wards, offices and health posts.

const draft = draftPlan(
  [
    'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÂM HÀ',
    'Số: 77/KH-SNNMT',
    'Lâm Hà, ngày 03 tháng 3 năm 2029',
    'KẾ HOẠCH',
    'Kiểm soát giết mổ năm 2029',
    'I. PHÂN CÔNG',
    '1. Chi cục Quản lý chất lượng, Chế biến và Phát triển thị trường',
    '- Kiểm tra 20 cơ sở giết mổ trong quý II/2029.',
    '2. Trung tâm Khuyến nông',
    '- Tập huấn cho hộ chăn nuôi trong tháng 4/2029.',
    'II. BÁO CÁO',
    'Sau đợt kiểm tra, Chi cục Quản lý chất lượng, Chế biến và Phát triển thị trường tổng hợp kết quả, báo cáo Sở trước ngày 15/7/2029.',
    'Trong quá trình thực hiện, nếu có vướng mắc, các khoa, phòng, trạm y tế kịp thời báo cáo về Sở để giải quyết./.',
  ].join('\n'),
);
const { by, name } = helpers(draft);

describe('a name with commas named again', () => {
  it('after an opening phrase the whole name leads, as on its heading', () => {
    expect(name(by('tổng hợp kết quả')?.lead)).toBe('Chi cục Quản lý chất lượng, Chế biến và Phát triển thị trường');
    expect(by('tổng hợp kết quả')?.lead).toBe(by('20 cơ sở')?.lead);
  });
});

describe('the wards, offices and health posts of a centre', () => {
  it('"các khoa, phòng, trạm y tế" report their problems', () => {
    expect(name(by('nếu có vướng mắc')?.lead)).toBe('các khoa, phòng, trạm y tế');
  });
});

describe('"thực phẩm" inside a name', () => {
  it('"Khoa An toàn thực phẩm" is read whole', () => {
    const food = draftPlan(
      [
        'TRUNG TÂM Y TẾ HUYỆN AN LẠC',
        'Số: 5/KH-TTYT',
        'An Lạc, ngày 02 tháng 01 năm 2029',
        'KẾ HOẠCH',
        'Bảo đảm an toàn thực phẩm Tết',
        'I. NHIỆM VỤ',
        '1. Khoa An toàn thực phẩm',
        '- Lấy mẫu thực phẩm tại chợ trước ngày 20/01/2029.',
      ].join('\n'),
    );
    expect(helpers(food).name(helpers(food).by('Lấy mẫu')?.lead)).toBe('Khoa An toàn thực phẩm');
  });
});
