import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 43 of the drafter): plans with no dateline and no year in their title; the year comes from the
// signature's date, or from the years the body names, and the deadlines read so are flagged.

const signed = draftPlan(
  [
    'KẾ HOẠCH',
    'Tổ chức Ngày hội đọc sách của thư viện xã',
    'I. NHIỆM VỤ',
    '1. Thư viện xã chuẩn bị sách trưng bày, xong trong quý II.',
    '2. Đoàn Thanh niên xã phát động cuộc thi kể chuyện theo sách trước ngày 15/4.',
    'Hòa Bình Thượng, ngày 02 tháng 3 năm 2032',
    'CHỦ TỊCH',
  ].join('\n'),
);

const named = draftPlan(
  [
    'KẾ HOẠCH',
    'Vệ sinh môi trường các khu dân cư',
    'Căn cứ Nghị định số 45/2022/NĐ-CP ngày 07/7/2022 của Chính phủ;',
    'I. NHIỆM VỤ',
    '1. Ủy ban nhân dân các xã ra quân tổng vệ sinh trong tháng 9; hoàn thành nạo vét cống rãnh trước ngày 30/10/2033.',
    '2. Phòng Kinh tế tổng kết công tác vệ sinh môi trường năm 2033 trong tháng 12.',
  ].join('\n'),
);

const task = (d: ReturnType<typeof draftPlan>, words: string) => d.tasks.find((t) => t.title.includes(words));

describe('the year of a plan with no dateline and no year in its title', () => {
  it("reads the deadlines in the signature's year, flagged", () => {
    expect(task(signed, 'sách trưng bày')?.deadline?.due).toBe('2032-06-30');
    expect(task(signed, 'kể chuyện')?.deadline?.due).toBe('2032-04-14');
    expect(task(signed, 'kể chuyện')?.reviewNotes.some((n) => n.includes('ngày 02 tháng 3 năm 2032'))).toBe(true);
  });

  it('reads them in the year the body names most, not the year of a cited decree', () => {
    expect(task(named, 'quân tổng vệ sinh')?.deadline?.due).toBe('2033-09-30');
    expect(task(named, 'ổng kết công tác')?.deadline?.due).toBe('2033-12-31');
    expect(named.tasks.every((t) => t.reviewNotes.some((n) => n.includes('năm 2033')))).toBe(true);
  });
});
