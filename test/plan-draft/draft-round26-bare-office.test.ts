import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 26 of the drafter): an association's plan naming its own office bare, "Văn phòng" with no
// owner, in the bracket of doers that closes an activity ("(Văn phòng chủ trì, Ban Phong trào phối hợp)", "(Văn phòng thực hiện)").

const draft = draftPlan(
  [
    'TỈNH ĐOÀN VÂN PHONG',
    'BAN THƯỜNG VỤ',
    'Số: 140-KH/TĐTN-VP',
    'Vân Phong, ngày 12 tháng 02 năm 2029',
    'KẾ HOẠCH',
    'Tổ chức Tháng Thanh niên năm 2029',
    'I. CÁC HOẠT ĐỘNG',
    '1. Tổ chức lễ ra quân Tháng Thanh niên cấp tỉnh vào ngày 02/3/2029 (Văn phòng chủ trì; Ban Phong trào phối hợp).',
    '2. Tuyên dương 50 đoàn viên tiêu biểu trong Tháng Thanh niên, hoàn thành trước ngày 26/3/2029 (Ban Tổ chức - Kiểm tra chủ trì, Văn phòng phối hợp).',
    '3. In ấn, cấp phát cờ, băng rôn Tháng Thanh niên cho các huyện đoàn trước ngày 25/02/2029 (Văn phòng thực hiện).',
    'II. TỔ CHỨC THỰC HIỆN',
    'Đoàn các huyện, thị xã, thành phố báo cáo kết quả về Ban Thường vụ Tỉnh đoàn (qua Văn phòng) trước ngày 31/3/2029./.',
  ].join('\n'),
);
const { by, name } = helpers(draft);

describe('the issuer\u2019s office named bare in a bracket of doers', () => {
  it('"(Văn phòng chủ trì; …)" and "(Văn phòng thực hiện)" make the office the lead', () => {
    expect(name(by('lễ ra quân')?.lead)).toBe('Văn phòng');
    expect(name(by('cờ, băng rôn')?.lead)).toBe('Văn phòng');
  });

  it('an office that only supports ("…, Văn phòng phối hợp)") leaves the lead to the board that chủ trì', () => {
    expect(name(by('50 đoàn viên')?.lead)).toMatch(/^Ban Tổ chức - Kiểm tra/u);
  });

  it('"(qua Văn phòng)" after a report names where it goes, not who reports', () => {
    expect(name(by('báo cáo kết quả')?.lead)).toMatch(/^Đoàn các huyện/u);
  });
});
