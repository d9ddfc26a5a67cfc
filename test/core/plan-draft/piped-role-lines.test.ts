import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../../src/core/plan-draft/draft-plan.ts';

// Texts written for this test (round 42 of the drafter): a ministry plan defines its offices' short forms in a list at the top
// ("Vụ TCCB: Vụ Tổ chức cán bộ") and gives each numbered duty one role line whose parts are parted by pipes
// ("Chủ trì: … | Tham gia: … | Hoàn thành: …"), naming the offices only by their short forms.

const draft = draftPlan(
  [
    'BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
    'Số: 118/KH-BVHTTDL',
    'Hà Nội, ngày 05 tháng 01 năm 2031',
    'KẾ HOẠCH',
    'Triển khai Nghị định về quản lý di tích',
    'CÁC CHỮ VIẾT TẮT',
    'Cục DSVH: Cục Di sản văn hóa',
    'Vụ TCCB: Vụ Tổ chức cán bộ',
    'TT TTDL: Trung tâm Thông tin du lịch',
    'I. NHIỆM VỤ',
    '1. Biên soạn tài liệu hướng dẫn kiểm kê di tích cấp tỉnh.',
    'Đầu mối: Cục DSVH | Tham gia: Vụ TCCB | Hoàn thành: quý II/2031',
    '2. Bồi dưỡng nghiệp vụ cho công chức làm công tác di sản ở địa phương.',
    'Đầu mối: Vụ TCCB | Tham gia: Cục DSVH, TT TTDL | Hoàn thành: trước ngày 30/9/2031',
    '3. Cập nhật bản đồ số các điểm di tích trên cổng thông tin du lịch.',
    'Đầu mối: TT TTDL | Tham gia: Cục DSVH | Hoàn thành: tháng 11/2031',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code);

describe('one role line with pipes under each duty, naming offices by short forms', () => {
  it('makes a task of each duty and none of the role lines', () => {
    expect(draft.tasks).toHaveLength(3);
    expect(draft.tasks.some((t) => t.title.includes('Tham gia') || t.title.includes('Hoàn thành'))).toBe(false);
  });

  it('reads the lead after "Đầu mối:" as the unit the short form stands for', () => {
    expect(unit(task('kiểm kê di tích')?.lead)?.name).toBe('Cục Di sản văn hóa');
    expect(unit(task('Bồi dưỡng nghiệp vụ')?.lead)?.name).toBe('Vụ Tổ chức cán bộ');
    expect(unit(task('bản đồ số')?.lead)?.name).toBe('Trung tâm Thông tin du lịch');
  });

  it('reads "Tham gia:" as the supporting units', () => {
    const support = task('Bồi dưỡng nghiệp vụ')?.support.map((c) => unit(c)?.name);
    expect(support).toEqual(['Cục Di sản văn hóa', 'Trung tâm Thông tin du lịch']);
  });

  it('reads the time after "Hoàn thành:"', () => {
    expect(task('kiểm kê di tích')?.deadline?.due).toBe('2031-06-30');
    expect(task('Bồi dưỡng nghiệp vụ')?.deadline?.due).toBe('2031-09-29');
    expect(task('bản đồ số')?.deadline?.due).toBe('2031-11-30');
  });

  it('keeps the short form as an alias of the unit, not a unit of its own', () => {
    const named = draft.units.filter((u) => u.name.includes('DSVH') || u.name.includes('|'));
    expect(named).toEqual([]);
    expect(unit(task('kiểm kê di tích')?.lead)?.aliases).toContain('Cục DSVH');
  });
});
