import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 46 of the drafter): a relic's management board, named after its relic, leads duties.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN XÃ HƯNG ĐẠO',
    'Số: 15/KH-UBND',
    'Hưng Đạo, ngày 05 tháng 1 năm 2031',
    'KẾ HOẠCH',
    'Quản lý di tích năm 2031',
    'I. NHIỆM VỤ',
    '1. Ban Quản lý di tích Chùa Keo Thượng lập hồ sơ tu bổ mái tam quan, trình UBND xã trước ngày 30/4/2031.',
    '2. Ban Quản lý khu di tích Đồi Thông xây dựng nội quy tham quan, treo tại cổng chính.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => [...draft.units, ...draft.groups].find((u) => u.code === code)?.name ?? '';

describe('a relic’s management board', () => {
  it('is a unit with its relic’s name', () => {
    expect(unit(task('tam quan')?.lead)).toBe('Ban Quản lý di tích Chùa Keo Thượng');
    expect(unit(task('nội quy')?.lead)).toBe('Ban Quản lý khu di tích Đồi Thông');
  });
});
