import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 34 of the drafter): an event's span stated in a sentence of its own ("Ngày hội tổ chức từ ngày
// D1 đến ngày D2 tại …") ends the event, so "N ngày sau khi bế mạc" counts from D2 and "từ ngày D đến khi kết thúc Ngày hội" runs
// until D2.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'THỊ XÃ BẮC SƠN',
    'Số: 14/TB-UBND',
    'Bắc Sơn, ngày 10 tháng 3 năm 2034',
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND thị xã về Ngày hội văn hóa các dân tộc năm 2034',
    '1. Về tổ chức Ngày hội',
    'Ngày hội tổ chức từ ngày 12/4/2034 đến ngày 15/4/2034 tại Sân vận động thị xã. Giao nhiệm vụ như sau:',
    'a) Phòng Văn hóa - Thông tin thị xã tổng hợp kết quả, báo cáo UBND thị xã trong vòng 07 ngày sau khi bế mạc Ngày hội.',
    'b) Trung tâm Văn hóa - Thể thao thị xã tuyên truyền trên hệ thống loa từ ngày 01/4/2034 đến khi kết thúc Ngày hội.',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));

describe("an event's span stated in its own sentence", () => {
  it('is where "N ngày sau khi bế mạc" counts from', () => {
    expect(task('Tổng hợp kết quả')?.deadline?.due).toBe('2034-04-22');
  });

  it('ends "từ ngày D đến khi kết thúc" the event', () => {
    expect(task('Tuyên truyền trên hệ thống loa')?.deadline).toMatchObject({ kind: 'period', start: '2034-04-01', due: '2034-04-15' });
  });
});
