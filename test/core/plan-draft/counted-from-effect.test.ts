import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 36 of the drafter): "trong thời hạn 45 ngày kể từ ngày Quy chế có hiệu lực" counts from the
// day the rules take effect; when the decision says it takes effect on signing, that is the dateline (flagged). Without such a
// sentence the day is not known, and no date is read.

const lines = (effect: string) => [
  'ỦY BAN NHÂN DÂN',
  'TỈNH HÒA SƠN',
  'Số: 310/QĐ-UBND',
  'Hòa Sơn, ngày 10 tháng 3 năm 2031',
  'QUYẾT ĐỊNH',
  'Ban hành Quy chế phối hợp quản lý chợ',
  'QUYẾT ĐỊNH:',
  'Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý chợ trên địa bàn tỉnh.',
  effect,
  'QUY CHẾ',
  'Phối hợp quản lý chợ',
  'Điều 5. Trách nhiệm của Sở Công Thương',
  'a) Hướng dẫn Ủy ban nhân dân các huyện trong thời hạn 45 ngày kể từ ngày Quy chế có hiệu lực xây dựng phương án quản lý chợ.',
];

const due = (text: string) => draftPlan(text).tasks.find((t) => t.title.includes('phương án quản lý chợ'))?.deadline?.due;

describe('a time limit counted from the day the rules take effect', () => {
  it('ends that long after the dateline when the decision takes effect on signing', () => {
    expect(due(lines('Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.').join('\n'))).toBe('2031-04-24');
  });

  it('gives no date when the day of effect is not stated', () => {
    expect(due(lines('Điều 2. Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này.').join('\n'))).toBeUndefined();
  });
});
