import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 45 of the drafter): a commune chairman's work slips, each naming its receiver and the
// supporting units in form fields, listing items without a subject and giving one completion time after the items.

const draft = draftPlan(
  [
    'ỦY BAN NHÂN DÂN XÃ TÂN HÀ',
    'PHIẾU GIAO VIỆC',
    'Số: 07/PGV-UBND                          Ngày giao: 12/9/2031',
    'Người giao việc: Chủ tịch UBND xã',
    'Đơn vị/người nhận việc: Trạm Y tế xã',
    'Đơn vị phối hợp: Hội Liên hiệp Phụ nữ xã',
    'Nội dung công việc:',
    '1. Khám sàng lọc cho trẻ em dưới 5 tuổi tại 06 thôn.',
    '2. Tiêm bổ sung vắc xin sởi cho trẻ chưa tiêm đủ mũi.',
    '3. Theo dõi các ca sốt phát ban trên địa bàn.',
    'Thời hạn hoàn thành: ngày 30/9/2031 (nội dung 1, 2)',
    'Sản phẩm: Báo cáo kết quả khám sàng lọc',
    'NGƯỜI NHẬN VIỆC                          NGƯỜI GIAO VIỆC',
    '(ký, ghi rõ họ tên)                      (đã ký)',
    '- - - - - - - - (cắt theo đường này) - - - - - - - -',
    'ỦY BAN NHÂN DÂN XÃ TÂN HÀ',
    'PHIẾU GIAO VIỆC',
    'Số: 08/PGV-UBND                          Ngày giao: 12/9/2031',
    'Đơn vị/người nhận việc: Ban Chỉ huy Quân sự xã',
    'Đơn vị phối hợp: Đoàn Thanh niên xã',
    'Nội dung công việc:',
    '1. Huy động dân quân nạo vét mương thoát nước thôn Bản Chang.',
    '2. Dựng lại cầu tạm qua suối Nậm Khét.',
    'Thời hạn hoàn thành: trước ngày 20/9/2031',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code)?.name;

describe('work slips with a receiver field and one completion time', () => {
  it('gives every item of a slip its receiver as lead and the supporting field as support', () => {
    expect(unit(task('Khám sàng lọc')?.lead)).toBe('Trạm Y tế xã');
    expect(unit(task('Theo dõi các ca sốt')?.lead)).toBe('Trạm Y tế xã');
    expect(unit(task('nạo vét mương')?.lead)).toBe('Ban Chỉ huy Quân sự xã');
    expect(unit(task('Dựng lại cầu tạm')?.lead)).toBe('Ban Chỉ huy Quân sự xã');
    expect(task('Dựng lại cầu tạm')?.support.map((c) => unit(c))).not.toContain('Hội Liên hiệp Phụ nữ xã');
  });

  it('dates the items by the slip’s time, only those it names', () => {
    expect(task('Khám sàng lọc')?.deadline?.due).toBe('2031-09-30');
    expect(task('Tiêm bổ sung')?.deadline?.due).toBe('2031-09-30');
    expect(task('Theo dõi các ca sốt')?.deadline?.due).toBeUndefined();
    expect(['2031-09-19', '2031-09-20']).toContain(task('nạo vét mương')?.deadline?.due);
  });
});
