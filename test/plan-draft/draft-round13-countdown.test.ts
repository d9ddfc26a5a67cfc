import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 13 of the drafter): a festival plan counted down to its opening, with steps that
// have no day of their own and a day counted from the closing.

const HEAD = [
  'UBND TỈNH HÀ LINH',
  'SỞ VĂN HÓA VÀ THỂ THAO',
  'Số: 77/KH-SVHTT',
  'Hà Linh, ngày 05 tháng 02 năm 2027',
  'KẾ HOẠCH',
  'Tổ chức Liên hoan Dân ca tỉnh năm 2027',
];

describe('a countdown to a festival of several days', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'I. THỜI GIAN',
      '- Thời gian: từ ngày 10/5/2027 đến ngày 12/5/2027.',
      '- Lễ khai mạc tổ chức vào 20 giờ 00 ngày 10/5/2027 tại Nhà văn hóa trung tâm.',
      'II. TIẾN ĐỘ THỰC HIỆN',
      '1. Trước 10 ngày:',
      '- Duyệt chương trình các đoàn tham gia (Nhà hát Chèo tỉnh chủ trì).',
      '- Bổ sung sách, tài liệu về dân ca cho phòng đọc (Thư viện tỉnh thực hiện).',
      '2. Trong thời gian diễn ra Liên hoan:',
      '- Tổ chức giao lưu nghệ nhân vào ngày 11/5/2027 (Bảo tàng tỉnh chủ trì).',
      '3. Sau Lễ hội:',
      '- Trong vòng 07 ngày sau ngày bế mạc, báo cáo kết quả Liên hoan (Phòng Quản lý văn hóa chủ trì).',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads a theatre, a library and a museum in a trailing bracket as the leads', () => {
    expect(name(by('Duyệt chương trình')?.lead)).toBe('Nhà hát Chèo tỉnh');
    expect(name(by('phòng đọc')?.lead)).toBe('Thư viện tỉnh');
    expect(name(by('giao lưu nghệ nhân')?.lead)).toBe('Bảo tàng tỉnh');
  });

  it('keeps the day of a duty in a step with no day of its own, instead of the earlier step', () => {
    expect(by('Duyệt chương trình')?.deadline?.due).toBe('2027-04-30');
    expect(by('giao lưu nghệ nhân')?.deadline?.due).toBe('2027-05-11');
  });

  it('counts "N ngày sau ngày bế mạc" from the last day of the event', () => {
    expect(by('báo cáo kết quả Liên hoan')?.deadline?.due).toBe('2027-05-19');
  });
});
