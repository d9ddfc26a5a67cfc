import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16, round 20: misses of holdouts 21 and 22 as classes, read by the rules alone. Fresh lines, not the
 * fixtures'; each class keeps a look-alike that must not change.
 */
const CASES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  'asking the lead to tick it done on a tracker is no report': [
    ['Anh tích hoàn thành cho hội em trên bảng giúp em nha', 'none'],
    ['Nhờ chị tích hoàn thành cho chi đoàn em ạ', 'none'],
    ['Em xong rồi, đã tự tích trên phần mềm anh nhé', 'done'],
  ],
  "another campaign's finish, then this work's turn, is not started": [
    ['Xong đợt kiểm tra an toàn thực phẩm thì mới tới lượt việc này anh', 'not_started'],
    ['Hoàn tất đợt cấp căn cước thì mới đến lượt cái này ạ', 'not_started'],
    ['Việc này xong rồi anh, giờ tới lượt việc kế tiếp', 'done'],
  ],
  'a meeting finished, then the work only begun or counted in part, is progress': [
    ['Thôn em họp dân xong rồi, hôm nay bắt đầu đi đo đất', 'in_progress'],
    ['Đã tổ chức họp xong, sáng nay đi thu được 14 hộ', 'in_progress'],
    ['Họp dân xong rồi anh, đủ 100% hộ tham dự', 'done'],
  ],
  'parts done, then more of the work later today, is progress': [
    ['Đã dọn xong kênh đầu xóm, chiều nay dọn tiếp kênh cuối xóm', 'in_progress'],
    ['Em phát xong xóm Đình rồi, tối nay phát tiếp xóm Chợ', 'in_progress'],
    ['Em làm xong hết rồi, chiều nay em gửi thêm ảnh anh nhé', 'done'],
  ],
  'unable to get there or to make the system work, told as a state, is a blocker': [
    ['Nước suối dâng, tổ công tác không qua được bản bên kia', 'blocked'],
    ['Hệ thống dịch vụ công đăng nhập không được cả buổi sáng', 'blocked'],
    ['Đường trơn không lên được nên tụi em đi bộ, đã phát xong hết rồi', 'done'],
    ['Trang web của sở không vào được anh ạ', 'none'],
  ],
  'asked elsewhere and nothing came is a blocker': [
    ['Em đã xin thêm phiếu điều tra mà chưa có anh ạ', 'blocked'],
    ['Đã báo bên cấp nước từ thứ Hai mà chưa thấy xử lý', 'blocked'],
    ['Em đã báo cáo phòng rồi mà chưa thấy phản hồi gì, việc này xong rồi anh', 'done'],
  ],
  "a done, then 'nhưng … đang đối chiếu lại', is still being checked": [
    ['Đủ 100% rồi anh, nhưng tổ em đang kiểm tra lại từng hộ', 'in_progress'],
    ['Nộp xong rồi, mà em đang xem lại bảng tổng hợp', 'in_progress'],
    ['Xong rồi, em kiểm tra lại rồi, khớp cả', 'done'],
  ],
  "a comrade told to push others, closed by 'nhé', is an instruction": [
    ['Đồng chí Hải đôn đốc các chi đoàn nộp đoàn phí nhé', 'none'],
    ['Đồng chí Vân chỉ đạo các ấp nộp danh sách nha', 'none'],
    ['Đồng chí Hải đã đôn đốc, các chi đoàn nộp đủ rồi anh', 'done'],
  ],
  'a hazard place in work told done over the whole is no blocker': [
    ['Lương khô cho bà con vùng ngập thôn em phát hết rồi anh', 'done'],
    ['Vùng ngập chưa rút nước nên chưa phát lương khô được', 'blocked'],
  ],
  "'chằng chống' is no negation, an account's 'mức 2' is no numbered part": [
    ['Các hộ ven biển chằng chống nhà xong hết rồi anh', 'done'],
    ['Đã kích hoạt tài khoản định danh mức 2 cho 512/512 công dân, đạt 100%', 'done'],
    ['Mục 2 em làm xong rồi anh', 'in_progress'],
  ],
};

describe('reply classes, round 20 (rules alone)', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    it.each(cases)(`${name}: %j → %s`, (text, status) => {
      expect(readReply(text).status).toBe(status);
    });
  }
});
