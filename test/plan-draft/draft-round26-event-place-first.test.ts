import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 26 of the drafter): an event whose day is stated after its place ("Lễ … tổ chức tập trung
// tại Sân vận động huyện vào sáng ngày D"), with duties counted down from it further on.

describe('an event day stated after the event\u2019s place', () => {
  it('sets the day that "N ngày trước ngày giao quân" and "trước lễ … 02 ngày" count from', () => {
    const draft = draftPlan(
      [
        'ỦY BAN NHÂN DÂN',
        'HUYỆN LONG ĐIỀN',
        'Số: 19/KH-UBND',
        'Long Điền, ngày 06 tháng 01 năm 2030',
        'KẾ HOẠCH',
        'Tổ chức Lễ giao nhận quân năm 2030',
        'I. THỜI GIAN, ĐỊA ĐIỂM',
        'Lễ giao nhận quân tổ chức tập trung tại Sân vận động huyện vào sáng ngày 20/02/2030.',
        'II. NHIỆM VỤ',
        '1. Ban Chỉ huy quân sự các xã, thị trấn phát lệnh gọi nhập ngũ đến công dân chậm nhất 12 ngày trước ngày giao nhận quân.',
        '2. Phòng Văn hóa - Thông tin huyện treo băng rôn trên các tuyến đường chính trước lễ giao nhận quân 02 ngày.',
      ].join('\n'),
    );
    const { by } = helpers(draft);
    expect(by('lệnh gọi nhập ngũ')?.deadline?.due).toBe('2030-02-08');
    expect(by('băng rôn')?.deadline?.due).toBe('2030-02-18');
    // the statement of the day and place stays no task
    expect(by('Sân vận động huyện')).toBeUndefined();
  });
});
