import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from '../../plan-draft/support/round3.ts';

// Texts written for this test (round 33 of the drafter): the community digital-technology team ("Tổ công nghệ số cộng đồng"),
// written in lower case after "Tổ", was no unit, and a part headed in capitals "III. NHIỆM VỤ CỦA <UNIT>" did not give that unit
// the items under it.

describe('the community digital-technology team', () => {
  it('leads the items under its own heading', () => {
    const draft = draftPlan(
      [...HEAD, 'II. TỔ CHỨC THỰC HIỆN', '1. Tổ công nghệ số cộng đồng xã:', '- Đến từng hộ gia đình hướng dẫn cài đặt ứng dụng VNeID.'].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(name(by('Đến từng hộ')?.lead)).toMatch(/^Tổ công nghệ số cộng đồng/u);
  });

  it('leads the items of a part headed in capitals with its duties', () => {
    const draft = draftPlan(
      [
        ...HEAD,
        'III. NHIỆM VỤ CỦA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG',
        '1. Đến từng hộ gia đình hướng dẫn cài đặt ứng dụng VNeID.',
        '2. Tuyên truyền các thủ đoạn lừa đảo qua mạng, mỗi quý ít nhất một lần.',
        'IV. TRÁCH NHIỆM CỦA CÁC CƠ QUAN',
        '1. Phòng Văn hóa và Thông tin huyện kiểm tra hoạt động của Tổ trong năm 2025.',
      ].join('\n'),
    );
    const { by, name } = helpers(draft);
    expect(name(by('Đến từng hộ')?.lead)).toBe('Tổ công nghệ số cộng đồng');
    expect(name(by('thủ đoạn lừa đảo')?.lead)).toBe('Tổ công nghệ số cộng đồng');
  });
});
