import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/** Issue 16 item 1, round 4: classes fixed after the misses of holdout-4 (fresh lines, not the fixture's). */
const CASES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  'a dated start ahead is not started': [
    ['Bên em 25/4 mới bắt đầu ạ', 'not_started'],
    ['Ngày 2/6 tụi em ra quân', 'not_started'],
    ['Việc này để qua tháng 7 bên em mới làm', 'not_started'],
    ['Ngày 6/8 họp triển khai rồi, đang làm', 'in_progress'],
  ],
  'announcements and deadlines for others are not reports': [
    ['Sáng mai 8h giao ban ở phòng họp nha mọi người', 'none'],
    ['Thứ 3 nộp bảng chấm công cho em nhé các anh chị', 'none'],
    ['Xong rồi nha mọi người', 'done'],
  ],
  'weather that puts off or stops, a locked account, "cần hướng dẫn" are blockers': [
    ['Mưa lớn quá, chiều nay hoãn đi xác minh ạ', 'blocked'],
    ['Đang rà thì gặp mưa bão, phải dừng giữa chừng', 'blocked'],
    ['Tài khoản nhập liệu bị khóa, chờ quận mở', 'blocked'],
    ['Cần hướng dẫn cách điền phiếu ạ', 'blocked'],
  ],
  '"chỉ thiếu … nữa" is work left; a supposed snag is no blocker': [
    ['Sắp xong, chỉ thiếu phần ký xác nhận nữa thôi', 'in_progress'],
    ['Đang làm ạ, có gì vướng mắc em báo anh', 'in_progress'],
    ['Đang làm nhưng vướng kinh phí', 'blocked'],
  ],
  'a file that asks ("hồ sơ đề nghị") beside a done is done': [
    ['Đã nộp tờ trình đề nghị lên phòng rồi ạ', 'done'],
    ['Hoàn thành rồi, đề nghị anh ghi nhận', 'done'],
  ],
  'only getting ready beside an outright "not begun" is not started': [
    ['Chưa bắt đầu ạ, đang tìm hiểu hướng dẫn của quận', 'not_started'],
    ['Chưa tiến hành vì bên em đang lập kế hoạch', 'not_started'],
    ['Đang chuẩn bị hồ sơ, đã đi được 3 hộ', 'in_progress'],
  ],
  '"mới … được" is some of it so far': [
    ['Mới rà được tổ 2 với tổ 4 thôi', 'in_progress'],
    ['Mới được phân công hôm qua ạ', 'none'],
  ],
  'a deadline for others with the addressee after a time is an instruction': [['Chiều nay mọi người gửi số liệu cho em trước 17h', 'none']],
  '"nơi" is not "nói"': [['Nhiều hộ không có mặt tại nơi ở, đang liên hệ lại', 'in_progress']],
};

describe('reply classes, round 4', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    it.each(cases)(`${name}: %j → %s`, (text, status) => {
      expect(readReply(text).status).toBe(status);
    });
  }
});

describe('a rhetorical "how could it" denies the done word', () => {
  it.each(['Nộp sao được mà nộp anh', 'Làm sao hoàn thành nổi chị', 'Xong sao nổi, thiếu người'])('%j is not done', (text) => {
    expect(readReply(text).status).not.toBe('done');
  });

  it('keeps "bản sao", "sao kê" as words', () => {
    expect(readReply('Đã nộp bản sao rồi anh').status).toBe('done');
    expect(readReply('Sao kê xong rồi anh').status).toBe('done');
  });
});

describe('"in theory", "overall" and numbered passes beside a done', () => {
  it.each(['Về lý thuyết đã hoàn thành anh', 'Nhìn chung là xong rồi', 'Đã xong lần 1'])('%j is not done', (text) => {
    expect(readReply(text).status).not.toBe('done');
  });
});

describe('"đâu ra đó", "đâu vào đấy" say all is in order', () => {
  it('reads a done "đâu ra đó" as done, and "xong đâu mà xong" still as denied', () => {
    expect(readReply('Nộp xong đâu vào đấy rồi anh').status).toBe('done');
    expect(readReply('Xong đâu mà xong anh').status).toBe('in_progress');
  });
});

describe('a full figure beside work still going on is progress', () => {
  it('reads "đạt 100%, đang tiếp tục …" as in progress, and "28/28 hộ đăng ký" as done', () => {
    expect(readReply('Đạt 100% chỉ tiêu, đang tiếp tục rà soát bổ sung').status).toBe('in_progress');
    expect(readReply('Đã thực hiện xong, 30/30 hộ đăng ký tham gia').status).toBe('done');
  });
});
