import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 27 of the drafter): unit names read whole on their heading lines, and no verb read into one.

const draft = draftPlan(
  [
    'SỞ Y TẾ TỈNH HÒA SƠN',
    'BỆNH VIỆN ĐA KHOA TỈNH',
    'Số: 12/KH-BV',
    'Hòa Sơn, ngày 02 tháng 01 năm 2029',
    'KẾ HOẠCH',
    'Diễn tập ứng phó sự cố hóa chất năm 2029',
    'I. PHÂN CÔNG',
    '1. Khoa Dinh dưỡng - Tiết chế bệnh lý',
    '- Chuẩn bị suất ăn cho đội diễn tập trước ngày 10/3/2029.',
    '2. Tổ Vận tải ô tô',
    '- Hỗ trợ 05 xe chở người bị nạn giả định.',
    '3. Tổ An toàn giao thông',
    '- Phân luồng xe ra vào cổng viện trong buổi diễn tập.',
    '4. Khoa Sức khỏe cộng đồng và HIV/AIDS cử 02 điều dưỡng tham gia tổ khử độc.',
  ].join('\n'),
);
const { by, name } = helpers(draft);

describe('unit names read whole', () => {
  it('a known ward joined by a dash to another part ("Khoa Dinh dưỡng - Tiết chế bệnh lý") leads with both parts', () => {
    expect(name(by('suất ăn')?.lead)).toBe('Khoa Dinh dưỡng - Tiết chế bệnh lý');
  });

  it('"Vận tải ô tô" and "An toàn giao thông" are words of the name, not its end', () => {
    expect(name(by('05 xe')?.lead)).toBe('Tổ Vận tải ô tô');
    expect(name(by('Phân luồng')?.lead)).toBe('Tổ An toàn giao thông');
    expect(draft.tasks.some((t) => /^(?:Tổ Vận|Tải|Giao thông|Dưỡng)/u.test(t.title))).toBe(false);
  });

  it('"… HIV/AIDS cử 02 điều dưỡng": "cử" is the duty\u2019s verb, not a word of the name', () => {
    expect(name(by('tổ khử độc')?.lead)).toBe('Khoa Sức khỏe cộng đồng và HIV/AIDS');
  });
});
