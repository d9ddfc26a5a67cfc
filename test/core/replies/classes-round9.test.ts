import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16 item 2, round 9: the guard on "done" (the false dones of blind holdout 10), read by the
 * rules alone. Fresh lines, not the fixtures'; each class keeps a near miss beside it.
 */
const CASES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  'a finish ahead within a time still running is not done': [
    ['Trong tháng này tổ em dứt điểm anh nha', 'in_progress'],
    ['Cuối tháng này xã em hoàn thành chị ạ', 'in_progress'],
    ['Trong tháng này xã em đã hoàn thành rồi anh', 'done'],
  ],
  'parts done with the last one finished off later is progress': [
    ['Phun xong 3 khu rồi, khu chợ tối nay phun nốt', 'in_progress'],
    ['Hôm qua đã làm nốt khu cuối, xong hết rồi anh', 'done'],
  ],
  'a done with something still missing or awaited after a contrast is not done': [
    ['Xong rồi anh mà còn thiếu biên bản ký của tổ trưởng', 'in_progress'],
    ['Làm xong rồi nhưng còn chờ chữ ký của phường', 'blocked'],
    ['Đã xong, không thiếu gì anh', 'done'],
  ],
  "another event's finish before this work starts: not started": [
    ['Kiểm tra xong đợt phòng cháy thì bên em mới triển khai việc này', 'not_started'],
    ['Đợt 1 xong rồi anh, đợt 2 tháng sau mới làm', 'in_progress'],
  ],
  "the finish of an event that came first is not the unit's done": [
    ['Sau khi tập huấn xong bên em đã triển khai xuống các tổ rồi', 'in_progress'],
    ['Xong rồi anh, em đã gửi báo cáo lên phường', 'done'],
  ],
  'a start after an event or in a quarter ahead: not started': [
    ['Sau đợt nghỉ lễ tổ em mới bắt đầu làm anh', 'not_started'],
    ['Việc này sang quý 2 phường em mới triển khai', 'not_started'],
    ['Sau đó bên em đã bắt đầu làm rồi anh', 'in_progress'],
  ],
  '"nạo vét" and a supposed fault for the lead to point out ask nothing': [
    ['Đội đã nạo vét xong mương thoát nước trục chính rồi anh', 'done'],
    ['Em nộp danh sách xong rồi, có hộ nào sai anh báo em sửa nhé', 'done'],
    ['Làm xã nào trước anh', 'none'],
  ],
  'asking the lead to mark it done reports nothing': [
    ['Chị tick hoàn thành cho phường em trên hệ thống nha', 'none'],
    ['Anh bấm hoàn thành cho đơn vị em luôn nhé', 'none'],
  ],
  'thanks or praise to others for finishing is not the unit’s done': [
    ['Thay mặt Ban chỉ đạo cảm ơn các tổ đã hoàn thành đợt ra quân', 'none'],
    ['Thay mặt UBND xã cảm ơn anh, xã em đã hoàn thành', 'done'],
  ],
};

describe('reply classes, round 9 (rules alone)', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    it.each(cases)(`${name}: %j → %s`, (text, status) => {
      expect(readReply(text).status).toBe(status);
    });
  }

  it('"HTX" is a cooperative, not "hoàn thành"', () => {
    expect(readReply('Chủ nhiệm HTX đi vắng nên chưa ký được anh').status).not.toBe('done');
  });
});
