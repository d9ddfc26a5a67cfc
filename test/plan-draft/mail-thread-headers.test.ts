import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 45 of the drafter): a department's plan forwarded in an email thread, whose headers name the
// recipients without tones.

const draft = draftPlan(
  [
    'From: Trần Minh Đức <tmduc@sgd.hoavan.gov.vn>',
    'Sent: Monday, April 7, 2031 9:05 AM',
    'To: Phong GDTrH; Phong KHTC',
    'Cc: Van phong So',
    'Subject: Fwd: KH boi duong giao vien 2031',
    '',
    'Gửi các phòng, kế hoạch dưới đây đã được Giám đốc ký ban hành.',
    '',
    '> SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA VÂN',
    '> Số: 33/KH-SGDĐT',
    '> Hòa Vân, ngày 04 tháng 4 năm 2031',
    '> KẾ HOẠCH',
    '> Bồi dưỡng giáo viên năm 2031',
    '> II. NHIỆM VỤ',
    '> 1. Văn phòng Sở',
    '> - Bố trí hội trường cho các lớp bồi dưỡng.',
    '> - Đăng tải Kế hoạch trên trang thông tin điện tử của Sở trước ngày 10/4/2031.',
    '> 2. Phòng Kế hoạch - Tài chính',
    '> - Cấp kinh phí tổ chức lớp học trong tháng 5/2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code)?.name;

describe('the headers of a forwarded mail', () => {
  it('make no unit of an unaccented recipient', () => {
    expect(draft.units.some((u) => /So$|Phong /u.test(u.name))).toBe(false);
    expect(unit(task('Bố trí hội trường')?.lead)).toBe('Văn phòng Sở');
    expect(unit(task('Đăng tải Kế hoạch')?.lead)).toBe('Văn phòng Sở');
  });
});
