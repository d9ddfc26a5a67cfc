import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16, round 13: classes holdout-12 missed, read by the rules alone. Fresh lines, not the
 * fixtures'; each class keeps a near miss beside it.
 */
const STATUSES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  'a finish held up by a named person’s signature or approval, or sent back by the body it went to': [
    ['Tờ trình xong rồi nhưng chờ giám đốc trung tâm ký mới trình được', 'blocked'],
    ['Em làm xong rồi nhưng chờ hiệu trưởng duyệt anh ạ', 'blocked'],
    ['Đã gửi hồ sơ lên phòng nội vụ nhưng họ trả lại rồi anh', 'blocked'],
    ['Em đã đưa cho chủ tịch ký rồi, nộp luôn rồi anh', 'done'],
    ['Em đã ký xong biên bản bàn giao rồi anh', 'done'],
  ],
  'a shift handed over, or this task handed on to someone else, is no status of the task': [
    ['Giao ca trực xong rồi chị, em về trước nhé', 'none'],
    ['Bàn giao ca cho đồng chí Sơn rồi ạ', 'none'],
    ['Em bàn giao việc này cho chị Thủy rồi, anh liên hệ chị ấy nhé', 'none'],
    ['Anh Long nhận làm việc này rồi, em không theo nữa anh', 'none'],
    ['Đã bàn giao xe lăn cho 5 hộ rồi anh', 'done'],
  ],
  'the task just taken over, or hands not yet on it, with a start later today, is not started': [
    ['Em mới nhận bàn giao việc này sáng nay, chưa làm gì cả', 'not_started'],
    ['Em chưa đụng tay vào, hẹn chiều nay ngồi làm', 'not_started'],
    ['Em chưa kịp bắt tay vào, tối nay em ngồi làm', 'not_started'],
    ['Nhận bàn giao hôm thứ 2, em đã làm được 4 tổ rồi', 'in_progress'],
    ['Em đang ngồi làm đây anh', 'in_progress'],
  ],
  'a provisional or preliminary report handed in is not the finished work': [
    ['Đã nộp báo cáo sơ bộ, số liệu cuối em gửi sau', 'in_progress'],
    ['Em đã gửi bản tạm rồi, chiều em gửi số chính thức', 'in_progress'],
    ['Em đã gửi báo cáo chính thức lên phòng rồi anh', 'done'],
  ],
  'a deputy or clerk reporting in the head’s place tells the unit’s own status': [
    ['Dạ em là phó tổ báo thay chị tổ trưởng: tổ đã thu đủ quỹ rồi ạ', 'done'],
    ['Em báo cáo thay anh trưởng khu phố, khu phố đã hoàn thành rồi ạ', 'done'],
    ['Hội Nông dân đã làm xong, em là phó chủ tịch hội báo thay ạ', 'done'],
    ['Đoàn trường tổ chức xong rồi ạ, em là phó bí thư nhắn thay anh bí thư', 'done'],
    ['Chị tổ trưởng báo xong rồi, em chuyển lời cho anh thôi', 'none'],
  ],
  'all the money paid out ("chi trả hết tiền hỗ trợ") is done, not out of money': [
    ['Xã đã chi trả hết tiền trợ cấp cho các đối tượng rồi', 'done'],
    ['Xã hết tiền rồi anh, chưa chi trả được', 'blocked'],
  ],
  'a message addressed to the group, or an announcement from above passed on, is no report': [
    ['Kính gửi các xã: đề nghị hoàn thành tổng hợp trước ngày 5/12', 'none'],
    ['Gửi toàn thể các chi đoàn: yêu cầu nộp báo cáo chưa xong trước thứ 2', 'none'],
    ['Dạ đây là thông báo của tỉnh: các huyện chưa hoàn thành phải báo cáo lý do', 'none'],
    ['Kính gửi anh: xã em đã hoàn thành chi trả rồi ạ', 'done'],
    ['Đang chờ thông báo của huyện mới làm tiếp được', 'blocked'],
  ],
  'done told by closing the file, the planned number reached, or beside a place named by its hazard': [
    ['Bên em đóng hồ sơ đợt này rồi anh', 'done'],
    ['Đã chuyển lưu trữ hồ sơ rồi ạ', 'done'],
    ['Tổ chức 6 buổi tuyên truyền, đủ theo kế hoạch ạ', 'done'],
    ['Mới được 3 buổi, chưa đủ theo kế hoạch ạ', 'in_progress'],
    ['Làm đường tránh vùng ngập xong xuôi rồi anh', 'done'],
    ['Vùng ngập nước lên, chưa làm được', 'blocked'],
  ],
  'a road cut or a place cut off, goods from above not come, the contractor stopped, a head not signing: blocked': [
    ['Sạt đường vào xóm, xe không vào được anh ạ', 'blocked'],
    ['Xóm trong bị cô lập do lũ, chưa vào được', 'blocked'],
    ['Vắc xin sởi chưa về trạm anh ạ, em chưa tiêm cho cháu nào', 'blocked'],
    ['Nhà thầu bỏ dở, cống mới làm được một nửa', 'blocked'],
    ['Cô hiệu trưởng chưa ký quyết định nên tổ em chưa mở lớp được', 'blocked'],
    ['Sạt đường hôm qua nay thông rồi, em đã phát xong', 'done'],
  ],
  '"số mấy" at the end asks which number, question mark or not': [
    ['Anh ơi biểu hoàn thành là biểu số mấy ạ', 'none'],
    ['Tờ trình hoàn thành theo công văn số mấy vậy chị', 'none'],
  ],
};

/** Percents read from a measure or a count out of its whole. */
const PERCENTS: Record<string, ReadonlyArray<readonly [string, number | null]>> = {
  'a length or a weight out of a whole in the same kind of unit ("2,1km/3,5km", "600m/1km", "300kg/1,2 tấn")': [
    ['Đã lát gạch được 1,2km/1,6km vỉa hè', 75],
    ['Đã rải đá 250m/1km đường vào bản', 25],
    ['Thu gom được 1,5 tấn/2 tấn vỏ bao thuốc', 75],
    ['Kho đã nhận 600kg/2,4 tấn muối i-ốt', 25],
    ['Khơi thông được 2 km trên tổng 8 km mương', 25],
    ['Đã phát 4 tấn gạo cho bà con, đang phát tiếp', null],
  ],
  'a count with thousands dots, or with its noun named again after the slash': [
    ['Đã phát 450/1.800 phiếu khảo sát', 25],
    ['Đã tiêm 2.400/3.200 liều', 75],
    ['Dạy được 3 buổi lý thuyết/12 buổi theo kế hoạch', 25],
    ['Hạn nộp là 20/11/2026 ạ, em đang làm', null],
  ],
};

describe('reply classes of round 13 (issue 16)', () => {
  for (const [name, cases] of Object.entries(STATUSES)) {
    describe(name, () => {
      it.each(cases)('%s → %s', (text, status) => {
        expect(readReply(text).status).toBe(status);
      });
    });
  }
  for (const [name, cases] of Object.entries(PERCENTS)) {
    describe(name, () => {
      it.each(cases)('%s → %s', (text, percent) => {
        expect(readReply(text).percent).toBe(percent);
      });
    });
  }
});
