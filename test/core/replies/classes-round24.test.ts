import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/** A look-alike whose exact reading is not this round's business: only that it is not done. */
const NOT_DONE = 'not done';

/**
 * Issue 16, round 24: misses of holdout 40 as classes, read by the rules alone. Fresh lines, not the fixtures';
 * each class keeps look-alikes that must not become done.
 */
const CASES: Record<string, ReadonlyArray<readonly [string, ReplyStatus | typeof NOT_DONE]>> = {
  "a passive told with its result ('đã được … triệt để / hoàn toàn / thông thoáng') is done": [
    ['Toàn bộ tờ rơi dán trái phép đã được bóc triệt để', 'done'],
    ['Đường ống nước thải đã được khơi thông hoàn toàn anh ạ', 'done'],
    ['Biển quảng cáo đã được tháo dỡ nhưng chưa triệt để', NOT_DONE],
    ['Biển quảng cáo sẽ được tháo dỡ triệt để trong tháng sau', 'none'],
  ],
  "'sạch' told reached ('… sạch rồi', 'sạch trơn') is done": [
    ['Lòng kênh em vớt rác sạch rồi anh', 'done'],
    ['Bãi đất trống giờ sạch trơn anh ơi', 'done'],
    ['Đã dọn nhưng chưa sạch anh ơi', 'none'],
    ['Em đang làm danh sách, chưa xong', 'in_progress'],
    ['Ngân sách hết sạch rồi anh, chưa mua được vật tư', NOT_DONE],
  ],
  "what is left told as zero ('tồn đọng = 0', 'chưa … : 0') is done": [
    ['Hồ sơ tồn đọng: 0', 'done'],
    ['Số hộ chưa nộp đến hôm nay = 0 anh nhé', 'done'],
    ['Tiến độ = 0, chưa ai làm', 'not_started'],
    ['Mới được 0/12 hộ', 'not_started'],
  ],
  'a passive beside a clause that is only its result is done': [
    ['Mái che nhà văn hóa đã được thay, không còn dột nữa', 'done'],
    ['Bình chữa cháy đã được nạp, kiểm định đạt', 'done'],
    ['Bình chữa cháy đã được nạp, chưa kiểm định', 'none'],
    ['Em đã được giao việc, không còn vướng gì', 'none'],
  ],
  "places named by their hazard ('các thôn bị cô lập') and gear given back are no blockers beside a done": [
    ['Đã phát xong gạo cho các bản bị cô lập rồi anh', 'done'],
    ['Phát xong áo phao cho mấy xóm bị ngập rồi', 'done'],
    ['Khu phố nhìn như chưa từng bị ngập, đường sá sạch trơn rồi anh', 'done'],
    ['Xong rồi anh, xe cẩu em trả về công ty rồi', 'done'],
    ['Hồ sơ bị phường trả về cho em, bắt ký lại', 'blocked'],
    ['Mới phát được 1 xóm, mấy xóm bị ngập chưa vào được', 'blocked'],
  ],
  "'toàn <noun> … khu 5' is the whole place; 'X nào … thì đã …' is whichever, not a question": [
    ['Tổ em dọn xong toàn tuyến hẻm chợ khu 2 rồi anh', 'done'],
    ['Xong khu 2 rồi anh', 'in_progress'],
    ['Kiểm tra xong cả 30 quán, quán nào vi phạm thì đã nhắc nhở rồi', 'done'],
    ['Em làm khu nào trước thì được anh', 'none'],
  ],
  "the other side promised and has not come, nobody took it away, or 'chờ đội …' is blocked": [
    ['Thợ sửa ống hẹn hai hôm rồi vẫn chưa xuống', 'blocked'],
    ['Rác gom thành đống rồi mà chưa ai chở đi', 'blocked'],
    ['Em đang chờ đội cứu hộ tới kéo xe', 'blocked'],
    ['Thợ tới rồi anh, đang sửa', 'in_progress'],
    ['Em hẹn bà con tối nay ra nhận, mai báo anh', NOT_DONE],
  ],
  "the unit's turn not come ('chưa tới đợt') is not started; money no longer there ('không còn kinh phí') is blocked": [
    ['Đợt này chưa đến lượt bên em anh ạ', 'not_started'],
    ['Năm ngoái làm xong hết rồi, năm nay chưa tới đợt', NOT_DONE],
    ['Không còn tiền mua vật tư anh ơi', 'blocked'],
    ['Không còn vướng gì nữa, tuần sau em bắt đầu', 'not_started'],
  ],
  "asked or promised, then denied after 'mà' in the next clause; the rest waiting on something to come": [
    ['Thuốc diệt muỗi đã xin trạm y tế rồi mà vẫn chưa về', 'blocked'],
    ['Bên thầu hẹn thứ Ba mà tới nay vẫn chưa xuống', 'blocked'],
    ['Đã làm 6/10 hộ, còn lại đợi vật tư về', 'blocked'],
    ['Đã báo cáo rồi mà chưa thấy ai hỏi', 'done'],
  ],
  "a hazard's place beside 'hết rồi' or 'mới … được' is no blocker; 'phải vẽ lại' is a redo; 'ngập đầu' is busy": [
    ['Gạo cho vùng sạt lở mới chở được 3 chuyến', 'in_progress'],
    ['Vùng ngập chưa vào được anh', 'blocked'],
    ['Hồ sơ bị trả về, phải viết lại anh ạ', 'in_progress'],
    ['Đang ngập đầu đây anh, chiều em làm tiếp', 'in_progress'],
    ['Đường vào thôn ngập đầu gối, chưa đi được', 'blocked'],
  ],
};

describe("'được chừng nửa' is half", () => {
  it('reads 50 from "được chừng nửa" beside work going on', () => {
    expect(readReply('Đang sơn hàng rào, được chừng nửa rồi anh')).toMatchObject({ status: 'in_progress', percent: 50 });
  });
});

describe('reply classes, round 24 (rules alone)', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    it.each(cases)(`${name}: %j → %s`, (text, status) => {
      if (status === NOT_DONE) expect(readReply(text).status).not.toBe('done');
      else expect(readReply(text).status).toBe(status);
    });
  }
});
