import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { numberOfWords, wordedDatesInFigures } from '../../src/core/plan-draft/worded-dates.ts';

// Text written for this test (round 44 of the drafter): a chairman's directive writing its deadlines in words.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN TỈNH HÒA VÂN',
    'Số: 05/CT-UBND',
    'Hòa Vân, ngày 10 tháng 11 năm 2030',
    'CHỈ THỊ',
    'Về bảo đảm an toàn giao thông dịp cuối năm 2030',
    '1. Giám đốc Sở Xây dựng rà soát, sửa chữa các biển báo hư hỏng trên tỉnh lộ, hoàn thành trước ngày hai mươi lăm tháng Mười Một năm 2030.',
    '2. Giám đốc Công an tỉnh mở đợt kiểm tra nồng độ cồn đối với người điều khiển xe khách, xong chậm nhất là ngày ba mươi mốt tháng Mười Hai năm nay.',
    '3. Giám đốc Sở Y tế tổng hợp số ca tai nạn giao thông được cấp cứu, báo cáo trong tháng Một năm 2031.',
    '4. Chủ tịch Ủy ban nhân dân các xã, phường dẹp bỏ lều quán lấn chiếm hành lang an toàn đường bộ trước ngày mồng năm tháng Mười Hai năm 2030.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe('deadlines written in words', () => {
  it('reads a day and a month in words with the year in figures', () => {
    expect(['2030-11-24', '2030-11-25']).toContain(task('biển báo')?.deadline?.due);
    expect(['2030-12-04', '2030-12-05']).toContain(task('lều quán')?.deadline?.due);
  });

  it('reads "năm nay" as the document’s year', () => {
    expect(task('nồng độ cồn')?.deadline?.due).toBe('2030-12-31');
  });

  it('reads a month in words as that month', () => {
    expect(task('tai nạn giao thông')?.deadline?.due).toBe('2031-01-31');
  });

  it('keeps the words in the task’s text', () => {
    expect(task('biển báo')?.deadline?.text).toContain('2030');
    expect(draft.tasks.some((t) => t.source.includes('hai mươi lăm tháng Mười Một') || t.title.includes('hai mươi lăm tháng Mười Một'))).toBe(true);
  });

  it('keeps the text’s length and leaves numbers that are no dates alone', () => {
    const text = 'vào thứ Năm hằng tuần, trong vòng mười ngày kể từ ngày ký';
    expect(wordedDatesInFigures(text, '2030-11-10')).toHaveLength(text.length);
    expect(wordedDatesInFigures(text, '2030-11-10')).toContain('thứ Năm');
    expect(wordedDatesInFigures(text, '2030-11-10')).toContain('10 ngày kể từ');
    expect([numberOfWords('hai mươi mốt'), numberOfWords('mười lăm'), numberOfWords('ba mươi'), numberOfWords('mươi hai')]).toEqual([21, 15, 30, undefined]);
  });
});
