import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16, round 15: classes the unseen replies still missed, read by the rules alone. Fresh lines,
 * not the fixtures'; each class keeps a near miss beside it.
 */
const STATUSES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  'what the unit does next waits on consent not yet given: blocked': [
    ['Sếp duyệt kinh phí thì thứ 2 em mua vật tư luôn', 'blocked'],
    ['Chị đồng ý là em gửi báo cáo đi ngay, em viết xong rồi', 'blocked'],
    ['Anh ký giúp em quyết định thì mai bên em phát là hoàn thành', 'blocked'],
    ['Chỉ cần phường chấp thuận là em triển khai', 'blocked'],
    ['Sếp duyệt rồi nên em gửi đi luôn, xong rồi ạ', 'done'],
    ['Còn bước ký duyệt nội bộ nữa là xong anh', 'in_progress'],
    ['Em ký xong rồi gửi luôn anh', 'done'],
  ],
  'a start after a season or an event: not started': [
    ['Xong đợt bầu cử đại biểu thì phường mới ra quân làm việc này', 'not_started'],
    ['Chờ hết mùa lũ rồi đội mới xuống các xóm', 'not_started'],
    ['Sau hội nghị tổng kết bên em mới phân công cán bộ phụ trách', 'not_started'],
    ['Để qua rằm tháng Bảy thì xã mới xuống dân', 'not_started'],
    ['Đợi bên Thống kê chuyển số liệu qua thì em mới làm được', 'blocked'],
    ['Chờ Thường trực họp thông qua rồi mới triển khai', 'blocked'],
    ['Sau Tết bên em làm được 5 thôn rồi', 'in_progress'],
  ],
  'a "cannot yet" whose reason is the clause beside it: blocked': [
    ['Quyết định chưa ban hành được, phó chủ tịch đi công tác tới thứ 6', 'blocked'],
    ['Chưa phát quà được cho bà con, hàng của tỉnh chưa chuyển xuống', 'blocked'],
    ['Kế toán nghỉ phép, em chưa rút tiền được', 'blocked'],
    ['Chưa nộp được anh ơi, mai em nộp', 'in_progress'],
    ['Chưa xong được, còn 3 tổ chưa gửi về', 'in_progress'],
  ],
  '"đóng dấu" (to stamp) is no "đâu" (rhetorical denial)': [
    ['Chị văn thư nghỉ nên em tự đóng dấu gửi đi rồi ạ', 'done'],
    ['Xong đâu mà xong anh', 'in_progress'],
  ],
  'a count of what was worked on after the done word, with no whole: done': [
    ['Tổ em đã kiểm tra xong 23 cơ sở kinh doanh gas rồi ạ', 'done'],
    ['Xã em vận động xong 64 hộ ký cam kết rồi anh', 'done'],
    ['Kiểm tra xong được 8 cơ sở, mai đi tiếp', 'in_progress'],
    ['Mới vận động xong 20 hộ thôi anh', 'in_progress'],
    ['Mới khảo sát xong 50 hộ', 'in_progress'],
    ['Đã xong 4 thôn anh ạ', 'in_progress'],
  ],
  'a number before a word that only folds like a particle is a count, not a figure': [['Đã phát xong 35 thẻ bảo hiểm cho các cháu rồi', 'done']],
  'an event organised and told past has been held: done': [
    ['Xã em đã tổ chức hội nghị tổng kết đầy đủ các thôn rồi ạ', 'done'],
    ['Chi đoàn tổ chức buổi sinh hoạt chuyên đề hôm qua rồi anh', 'done'],
    ['Trường đã tổ chức cho phụ huynh ký cam kết không để con đi xe máy', 'done'],
    ['Hội đã tổ chức buổi nói chuyện về phòng chống ma túy tại nhà văn hóa', 'done'],
    ['Đã tổ chức được 2 buổi tập huấn, còn 1 buổi tuần sau', 'in_progress'],
    ['Đã tổ chức triển khai tới các tổ, đang rà soát', 'in_progress'],
    ['Thứ 6 này bên em tổ chức hội nghị', 'not_started'],
    ['Đã tổ chức họp dân ở 3 thôn', 'in_progress'],
    ['Đã tổ chức họp dân ở cả 5 thôn rồi', 'done'],
  ],
  'a done "từ" a time is past: "xong từ tối thứ Ba"': [['Tổ em họp dân xong từ tối thứ Tư anh ạ', 'done']],
  'doubts narrowed where they cost plain done and prevented none': [
    // "nội dung" after the done word is no "nổi" (rhetorical "xong nổi")
    ['Tổ em đã hoàn thành nội dung tuyên truyền được giao ạ', 'done'],
    ['Một mình em sao hoàn thành nổi', 'in_progress'],
    // a fault supposed, the lead asked to point it out, is no work left
    ['Em đã nộp xong danh sách, có hộ nào chưa đúng chị nhắc em chỉnh nhé', 'done'],
    ['Em đã nộp danh sách, còn 3 hộ chưa xác minh', 'in_progress'],
    // a body above asking passes nothing on about the unit
    ['Nộp xong từ hôm qua rồi, quận đang hỏi thì anh báo lên giúp em', 'done'],
    ['Bên Hội Phụ nữ báo xong rồi anh', 'none'],
  ],
};

describe('reply classes of round 15 (issue 16)', () => {
  for (const [name, cases] of Object.entries(STATUSES)) {
    describe(name, () => {
      it.each(cases)('%s → %s', (text, status) => {
        expect(readReply(text).status).toBe(status);
      });
    });
  }
});
