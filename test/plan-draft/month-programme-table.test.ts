import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

// Text written for this test (round 45 of the drafter): a commune Party committee's programme whose table gives the month once
// over several rows, the advising body in one column and the leader in charge in another.

const draft = draftPlan(
  [
    'ĐẢNG ỦY XÃ SƠN KHÊ',
    'Số 12-CTr/ĐU',
    'Sơn Khê, ngày 20 tháng 12 năm 2030',
    'CHƯƠNG TRÌNH',
    'công tác của Ban Thường vụ Đảng ủy quý I năm 2031',
    'I. NỘI DUNG',
    '| Tháng | Nội dung | Cơ quan tham mưu | Lãnh đạo phụ trách |',
    '|---|---|---|---|',
    '| Tháng 1 | Tổng kết công tác kiểm tra, giám sát năm 2030 | Ủy ban Kiểm tra Đảng ủy | Đ/c Bí thư Đảng ủy |',
    '| | Chuẩn bị các hoạt động mừng Đảng, mừng Xuân (xong trước ngày 25/1) | Văn phòng Đảng ủy | Đ/c Phó Bí thư |',
    '| Tháng 2 | Rà soát danh sách quần chúng ưu tú cần bồi dưỡng | Ban Xây dựng Đảng | Đ/c Phó Bí thư |',
    '| Hằng tháng | Họp Ban Thường vụ thường kỳ vào ngày 10 | Văn phòng Đảng ủy | Đ/c Bí thư Đảng ủy |',
  ].join('\n'),
);

const task = (words: string) => draft.tasks.find((t) => t.title.includes(words));
const unit = (code: string | undefined) => draft.units.find((u) => u.code === code)?.name;

describe('a programme table by month with an advising body column', () => {
  it('leads each row by the advising body, never the leader in charge', () => {
    expect(unit(task('Tổng kết công tác kiểm tra')?.lead)).toMatch(/^Ủy ban Kiểm tra/u);
    expect(unit(task('mừng Đảng, mừng Xuân')?.lead)).toBe('Văn phòng Đảng ủy');
    expect(unit(task('quần chúng ưu tú')?.lead)).toBe('Ban Xây dựng Đảng');
  });

  it('dates a row by the month written above it, in the year it falls, unless the row gives its own day', () => {
    expect(task('Tổng kết công tác kiểm tra')?.deadline?.due).toBe('2031-01-31');
    expect(['2031-01-24', '2031-01-25']).toContain(task('mừng Đảng, mừng Xuân')?.deadline?.due);
    expect(task('quần chúng ưu tú')?.deadline?.due).toBe('2031-02-28');
  });

  it('reads a monthly row with its day', () => {
    const meeting = task('Họp Ban Thường vụ thường kỳ')?.deadline;
    expect(meeting?.recurrence?.frequency).toBe('monthly');
    expect(meeting?.recurrence?.dayOfPeriod).toBe(10);
  });
});
