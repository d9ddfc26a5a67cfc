import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 44 of the drafter): a commune's plan as copied from a phone, every line hard-wrapped at
// 40 characters in the middle of sentences ("… trong quý" / "II/2031", "… thôn Bến" / "Tre, …"), labels typed "I/", "1/",
// "1-" and "a/", no blank lines.

const draft = draftPlan(
  [
    'UBND XÃ HÒA MỸ',
    'Số: 09/KH-UBND',
    'Hòa Mỹ, ngày 05 tháng 3 năm 2031',
    'KẾ HOẠCH',
    'Phòng, chống sạt lở bờ sông mùa mưa năm',
    '2031',
    'I/ MỤC ĐÍCH',
    '1/ Chủ động ứng phó, hạn chế thiệt hại',
    'do sạt lở bờ sông gây ra cho người dân',
    'ven sông.',
    'II/ NHIỆM VỤ',
    '1/ Phòng Kinh tế xã:',
    '1- Khảo sát các điểm có nguy cơ sạt lở',
    'dọc sông Trà Khúc, lập bản đồ điểm nguy',
    'cơ trước ngày 15/4/2031.',
    '2- Cắm biển cảnh báo và phao tiêu tại',
    'các bến đò ngang, hoàn thành trong quý',
    'II/2031.',
    '2/ Công an xã:',
    'a/ Lập phương án di dời hộ dân vùng nguy',
    'cơ cao, trình UBND xã trước ngày',
    '30/4/2031.',
    'b/ Tổ chức diễn tập di dời tại thôn Bến',
    'Tre, hoàn thành trong tháng 5/2031.',
    '3/ Ban Chỉ huy Quân sự xã: bố trí lực',
    'lượng dân quân trực tại các điểm xung',
    'yếu trong tháng 9/2031.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code)?.name ?? '';

describe('a plan copied from a phone: hard-wrapped lines, slash and hyphen labels', () => {
  it('makes one task of each item, whatever its lines', () => {
    expect(draft.tasks).toHaveLength(5);
    expect(draft.tasks.some((t) => /^(?:II\/2031|Tre,|cơ cao)/.test(t.title))).toBe(false);
  });

  it('gives the items under "1/ <unit>:" that unit as lead', () => {
    expect(unit(task('Khảo sát các điểm')?.lead)).toMatch(/^Phòng Kinh tế xã/);
    expect(unit(task('Cắm biển')?.lead)).toMatch(/^Phòng Kinh tế xã/);
    expect(unit(task('diễn tập di dời')?.lead)).toMatch(/^Công an xã/);
    expect(unit(task('dân quân trực')?.lead)).toMatch(/^Ban Chỉ huy Quân sự xã/);
  });

  it('reads dates and quarters broken over two lines', () => {
    expect(task('Cắm biển')?.deadline?.due).toBe('2031-06-30');
    expect(['2031-04-29', '2031-04-30']).toContain(task('Lập phương án di dời')?.deadline?.due);
    expect(task('diễn tập di dời')?.title).toContain('thôn Bến Tre');
  });
});
