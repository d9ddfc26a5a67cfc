import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16, round 17: classes holdouts 15–17 missed, read by the rules alone. Fresh lines, not the
 * fixtures'; each class keeps a look-alike of the other label beside it.
 */
const STATUSES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  'an errand run for another body is not this unit’s done': [
    ['Hội Người cao tuổi nhờ em photo giùm, em nộp lên phường rồi', 'none'],
    ['Em gửi giúp Trạm y tế bản danh sách lên huyện rồi anh', 'none'],
    ['Bên Mặt trận nhờ tụi em chuyển hồ sơ, chuyển xong rồi', 'none'],
    ['Em nhắc nhở mấy hộ rồi, giờ đã thu xong hết', 'done'],
    ['Nhờ có các tổ trưởng nên bên em làm xong rồi anh', 'done'],
  ],
  'a fault, lack or step denied beside the done holds nothing up': [
    ['Đã cấp xong sổ cho 19 hộ, không có sổ nào phải in lại', 'done'],
    ['Đã thẩm tra xong các hồ sơ, không có hồ sơ nào sai sót', 'done'],
    ['Không có tổ nào chưa nộp nữa anh', 'done'],
    ['Kiểm tra xong cả khu, không có hồ sơ trễ hạn', 'done'],
    ['Đã đối chiếu 80 phiếu điều tra, không có phiếu nào sai', 'done'],
    ['Đã gọi cho 6 hộ, không có hộ nào nghe máy', 'none'],
    ['Không có hộ nào đồng ý tháo dỡ, em chưa biết tính sao', 'blocked'],
    ['Họp dân xong rồi nhưng không có hộ nào nộp đơn', 'in_progress'],
    ['Chưa có thôn nào làm anh ạ', 'not_started'],
  ],
  'done told by the closing document issued': [
    ['UBND xã đã ban hành Quyết định số 12/QĐ-UBND công nhận kết quả rồi anh', 'done'],
    ['Báo cáo số 88/BC-UBND đã gửi Sở Nông nghiệp chiều qua', 'done'],
    ['Phòng đã có văn bản trả lời công dân', 'done'],
    ['Kết luận thanh tra số 14/KL-TTr phát hành chiều qua anh', 'done'],
    ['Đang dự thảo quyết định, mai trình ký', 'in_progress'],
    ['Đã ban hành Kế hoạch số 5/KH-UBND, các tổ đang làm', 'in_progress'],
    ['Kính chuyển Báo cáo số 3/BC-UBND của UBND xã Hòa An', 'none'],
    ['Đã trình dự thảo từ thứ Hai mà lãnh đạo chưa ký', 'blocked'],
    ['Đã làm xong bộ hồ sơ nhưng chưa thấy phòng thẩm định', 'blocked'],
  ],
  'figures spoken as words and "song" heard for "xong"': [
    ['em làm được bốn mươi phần trăm rồi anh', 'in_progress'],
    ['tổ em đi được năm trên mười hộ thôi', 'in_progress'],
    ['dạ em đã song cái bảng kê rồi nha chị', 'done'],
    ['hai tổ làm song song, tổ nào cũng đang dở', 'in_progress'],
  ],
  'the one needed out of reach, or the unit forced back, is blocked': [
    ['Gọi cho chủ đầu tư cả buổi mà ông ấy tắt máy, chưa nghiệm thu được', 'blocked'],
    ['Mấy hộ cứ hẹn, tụi em chưa đo được', 'blocked'],
    ['Nước ngập đường, xe không vào được, cả đoàn đành quay về', 'blocked'],
    ['Hôm trước họ tắt máy, nay liên lạc được rồi, đang làm tiếp', 'in_progress'],
  ],
  'an instruction with a deadline is no report': [
    ['Đề nghị các thôn, bản nộp danh sách về xã trước 10h sáng mai', 'none'],
    ['Đề nghị đồng chí Trưởng phòng chỉ đạo bộ phận hoàn thành trước 20/12', 'none'],
    ['Đề nghị huyện hỗ trợ kinh phí, xã hết tiền rồi', 'blocked'],
  ],
};

const PERCENTS: ReadonlyArray<readonly [string, number]> = [
  ['em làm được bốn mươi phần trăm rồi anh', 40],
  ['dạ bên em xong sáu mươi lăm phần trăm rồi', 65],
  ['tổ em đi được năm trên mười hộ thôi', 50],
  ['mới được 3 trên bốn tổ', 75],
];

describe('reply classes of round 17 (issue 16)', () => {
  for (const [name, cases] of Object.entries(STATUSES)) {
    describe(name, () => {
      it.each(cases)('%s → %s', (text, status) => {
        expect(readReply(text).status).toBe(status);
      });
    });
  }
  it.each(PERCENTS)('%s → %i%%', (text, percent) => {
    expect(readReply(text).percent).toBe(percent);
  });
});
