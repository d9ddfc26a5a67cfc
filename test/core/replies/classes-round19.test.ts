import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16, round 19: misses of holdouts 19 and 20 as classes, read by the rules alone. Fresh lines, not the
 * fixtures'; each class keeps a look-alike that must not change.
 */
const CASES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  "an occurrence named by another year far after its opening word is not this task's finish": [
    ['Đợt khám sức khỏe định kỳ cho người cao tuổi ở các ấp năm 2024 trạm em làm xong từ tháng 8', 'none'],
    ['Vụ hè thu năm 2025 bên em thu hoạch xong hết từ tháng 7', 'none'],
    ['Đợt khám sức khỏe này trạm em làm xong rồi, biên bản năm 2026 em nộp kèm', 'done'],
  ],
  'a mishap named as the cause, then "nên chưa/không … được", is a blocker': [
    ['Lũ quét làm trôi đoạn đường vào xóm nên cán bộ chưa vào phát gạo được', 'blocked'],
    ['Sóng to quá, nên thuyền không ra đảo được anh ạ', 'blocked'],
    ['Bên cấp nước cắt ống để sửa nên bên em chưa thử áp lực được', 'blocked'],
    ['Tuần trước bão nên chưa đi được, giờ em làm xong hết rồi anh', 'done'],
    ['Em đi học lớp chính trị cả tuần nên chưa làm được, thứ hai em bắt đầu', 'not_started'],
    ['Bên kho bạc bị lỗi hệ thống, em chưa nộp chứng từ được', 'blocked'],
  ],
  'a power cut or a machine broken, typed without marks, is a blocker': [
    ['Sáng giờ bị cắt điện, em chưa quét hồ sơ được', 'blocked'],
    ['may chieu hong roi anh, chua tap huan duoc', 'blocked'],
    ['Hôm kia cắt điện mà bên em vẫn nhập xong toàn bộ phiếu rồi', 'done'],
  ],
  'an event named first, then "đã diễn ra", has been held': [
    ['Buổi giao ban an ninh trật tự của xã đã diễn ra sáng nay anh ạ', 'done'],
    ['Lễ mít tinh hưởng ứng ngày môi trường đã diễn ra hôm qua tại sân vận động xã', 'done'],
    ['Buổi họp chi bộ đã diễn ra tối thứ Ba, đủ đảng viên', 'done'],
    ['Buổi tọa đàm đã diễn ra được nửa buổi thì mất điện', 'blocked'],
    ['Hội nghị huyện đã diễn ra rồi, bên em chưa làm gì', 'not_started'],
  ],
  'a numbered division naming where a venue stands is a place, not a part': [
    ['Đã tổ chức thành công buổi giao lưu tại nhà văn hóa tổ dân phố 8 anh ạ', 'done'],
    ['Đã tổ chức họp ở thôn 2 xong, thôn 7 thứ Năm họp', 'in_progress'],
    ['Em đã hoàn thành buổi tiếp dân tại trụ sở ấp 4 rồi anh', 'done'],
  ],
  'a finished job whose object names a hazard is done, not blocked': [
    ['Bên em khảo sát xong toàn bộ vùng nguy cơ ngập lụt rồi anh', 'done'],
    ['Em đang đo đạc các điểm sạt lở, được 4 điểm', 'in_progress'],
    ['Vùng ngập chưa rút nước nên chưa khảo sát được', 'blocked'],
  ],
  'words that fold like a status word keep their own meaning': [
    ['Bên em sắp xếp xong gian hàng hội chợ rồi anh', 'done'],
    ['Ban quản lý chợ xong việc phân lô rồi anh', 'done'],
    ['Triều dâng nên chưa đắp bờ bao được', 'blocked'],
    ['Em sắp xong rồi, còn hai hộ', 'in_progress'],
  ],
};

describe('reply classes, round 19 (rules alone)', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    it.each(cases)(`${name}: %j → %s`, (text, status) => {
      expect(readReply(text).status).toBe(status);
    });
  }
});
