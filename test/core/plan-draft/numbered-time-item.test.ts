import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 35 of the drafter): under a part titled with the time ("II. KHẨU HIỆU, THỜI GIAN, ĐỊA BÀN"),
// a numbered "2. Thời gian: Tuần lễ … diễn ra từ D1 đến D2; Lễ khai mạc tổ chức vào … ngày D1 tại …" is the campaign's span (a
// phase), neither split into a bare "2." and a time line nor a time line of the slogan item before it, and no task.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN AN LẠC',
    'Số: 31/KH-UBND',
    'An Lạc, ngày 02 tháng 3 năm 2034',
    'KẾ HOẠCH',
    'Tổ chức Tuần lễ vệ sinh môi trường năm 2034',
    'I. MỤC ĐÍCH',
    'Nâng cao ý thức giữ gìn vệ sinh chung của người dân.',
    'II. KHẨU HIỆU, THỜI GIAN, ĐỊA BÀN',
    '1. Khẩu hiệu: "Sống xanh - Sạch nhà, sạch ngõ".',
    '2. Thời gian: Tuần lễ được tổ chức từ ngày 05/4/2034 đến ngày 12/4/2034; Lễ khai mạc tổ chức vào sáng ngày 05/4/2034 tại Quảng trường huyện.',
    '3. Địa bàn: 12 xã, thị trấn.',
    'III. NHIỆM VỤ',
    '1. Phòng Nông nghiệp và Môi trường huyện',
    'a) Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 20/4/2034.',
  ].join('\n'),
);

describe('a numbered time item of a part titled with the time', () => {
  it('is a phase with its span', () => {
    expect(draft.phases.map((p) => [p.start, p.end])).toContainEqual(['2034-04-05', '2034-04-12']);
  });

  it('is no task, nor is the slogan before it', () => {
    expect(draft.tasks.map((t) => t.title)).toEqual([expect.stringContaining('Tổng hợp kết quả')]);
  });
});
