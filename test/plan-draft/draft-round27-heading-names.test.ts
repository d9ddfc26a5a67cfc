import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 27 of the drafter): headings that name a project board by its whole field and the
// committees of a few named communes, each leading the lines under it.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN LONG THẠCH',
    'Số: 77/TB-UBND',
    'Long Thạch, ngày 03 tháng 3 năm 2029',
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND huyện về tiến độ các công trình thủy lợi',
    '1. Giao nhiệm vụ:',
    '1.1. Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất huyện',
    'a) Đôn đốc đơn vị thi công nạo vét kênh tiêu, tăng thêm máy đào.',
    'b) Nghiệm thu tuyến kênh số 2 trước ngày 20/4/2029.',
    '1.2. Chủ tịch UBND các xã Long Điền, Mỹ Hòa, An Bình',
    '- Vận động các hộ dân tháo dỡ lều quán trên bờ kênh; hoàn thành trước ngày 25/3/2029.',
    '1.3. UBND các thị trấn Long Thạch và Cầu Ngang',
    '- Lập phương án tiêu úng cho khu dân cư trước ngày 10/4/2029.',
  ].join('\n'),
);
const { by, name } = helpers(draft);

describe('a project board named by its whole field', () => {
  it('"Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất huyện" leads its lettered lines, the undated one included', () => {
    expect(name(by('nạo vét kênh')?.lead)).toMatch(/^Ban Quản lý dự án đầu tư xây dựng/u);
    expect(name(by('kênh số 2')?.lead)).toMatch(/^Ban Quản lý dự án đầu tư xây dựng/u);
  });

  it('the rest of the heading is no task', () => {
    expect(draft.tasks.some((t) => /phát triển quỹ đất/u.test(t.title))).toBe(false);
  });
});

describe('the committees of named communes', () => {
  it('"Chủ tịch UBND các xã A, B, C" leads with the communes it names', () => {
    expect(name(by('lều quán')?.lead)).toBe('UBND các xã Long Điền, Mỹ Hòa, An Bình');
  });

  it('"UBND các thị trấn A và B" too', () => {
    expect(name(by('tiêu úng')?.lead)).toBe('UBND các thị trấn Long Thạch và Cầu Ngang');
  });
});
