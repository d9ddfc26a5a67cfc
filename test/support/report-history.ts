/**
 * A fixture history on the seed plan for report tests, through the real commands:
 * GD1-01 done on time and confirmed; GD2-02 done late and confirmed; GD2-01 in progress and overdue
 * at REPORT_AT; P5-01 blocked by Công an Phường 5 since 01/11/2023; the rest not started, on time, but for
 * P5-01 and P5-02, which have no deadline: their own bucket, never "trong hạn".
 * Criterion TC-C2 measured 85 % (met) on 01/11/2023; the other nine not measured.
 */
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CATP_CHAT, CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT } from './command-harness.ts';

/** when the report is made: 20/11/2023 09:00 */
export const REPORT_AT = vietnamInstant(2023, 11, 20, 9, 0);

export const EXPECTED_BUCKETS = { total: 8, doneOnTime: 1, doneLate: 1, openOverdue: 1, openOnTime: 3, openNoDeadline: 2 };

export async function playReportHistory(h: CommandHarness): Promise<void> {
  await h.bindSteeringAndUnit('CAP5', CAP5_CHAT);
  await h.bindSteeringAndUnit('CATP', CATP_CHAT);
  h.clock.set(vietnamInstant(2023, 2, 27, 15, 0));
  await h.send(CATP_CHAT, FOCAL, '/xong GD1-01 Đã tổ chức họp triển khai');
  await h.send(STEERING_CHAT, SECRETARY, '/xacnhan GD1-01');
  h.clock.set(vietnamInstant(2023, 3, 10, 9, 0));
  await h.send(CATP_CHAT, FOCAL, '/tiendo GD2-01 30 Đã lập danh sách đối tượng');
  h.clock.set(vietnamInstant(2023, 6, 15, 9, 0));
  await h.send(CATP_CHAT, FOCAL, '/xong GD2-02 Đã triệt xóa 2 tụ điểm');
  await h.send(STEERING_CHAT, SECRETARY, '/xacnhan GD2-02');
  h.clock.set(vietnamInstant(2023, 11, 1, 9, 0));
  await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 Thiếu kinh phí lắp camera an ninh');
  await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-C2 85');
  h.clock.set(REPORT_AT);
}
