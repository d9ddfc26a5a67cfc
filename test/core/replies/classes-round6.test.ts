import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16 item 1, round 6: recall of real completions and reports without any false done, read by
 * the rules alone. Fresh lines, not the fixtures'; each class keeps a near miss beside it.
 */
const CASES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  'a courtesy to the lead after a completion leaves it done': [
    ['Xong rồi anh, có gì chưa đúng anh cứ nhắn em', 'done'],
    ['Đã nộp rồi ạ, có gì anh góp ý thêm cho em', 'done'],
    ['Em gửi rồi đó chị, chị nhận được chưa ạ', 'done'],
    ['Anh nhận được chưa ạ?', 'none'],
    ['Có gì anh chỉ đạo thêm ạ', 'none'],
    ['Xong rồi, có gì vướng em báo sau', 'done'],
  ],
  'proof or a paper copy sent later leaves a completion done; the deliverable itself does not': [
    ['Hoàn thành rồi anh, thứ 2 em nộp bản giấy', 'done'],
    ['Xong rồi ạ, tối em gửi hình ảnh', 'done'],
    ['Xong rồi, thứ 2 em nộp báo cáo', 'in_progress'],
  ],
  'sending by mail, Zalo or upload is a delivery once told past': [
    ['Em đã gửi qua zalo cho anh rồi', 'done'],
    ['Em gửi email cho chị rồi nha', 'done'],
    ['Đã ký và gửi đi hôm qua', 'done'],
    ['Em gửi mail cho chị nhé', 'none'],
    ['Chưa gửi đi được anh ơi', 'in_progress'],
  ],
  "the unit's own summary sent is its report; another body's figures beside it are not": [
    ['Các khu phố đã nộp đủ, em đã tổng hợp gửi anh rồi', 'done'],
    ['Em đang tổng hợp gửi chị', 'in_progress'],
    ['Xã Tân An được 80%, em tổng hợp gửi anh rồi', 'none'],
  ],
  'a rough share is progress, an estimate is its figure, never done': [
    ['Làm được hơn nửa rồi anh', 'in_progress'],
    ['Xong quá nửa rồi ạ', 'in_progress'],
    ['Xong gần 3/4 rồi anh', 'in_progress'],
    ['Chắc tầm 70% rồi anh', 'in_progress'],
    ['Gần 100% rồi chị', 'in_progress'],
    ['Chờ hơn nửa tháng rồi vẫn chưa có kinh phí', 'blocked'],
  ],
  'weather, illness, money or staff that stop the work are blockers': [
    ['Mưa bão suốt, không ra đồng được anh', 'blocked'],
    ['Lũ về chia cắt, chưa vào thôn được', 'blocked'],
    ['Chị phụ trách nằm viện rồi anh', 'blocked'],
    ['Hết tiền rồi, chưa mua được vật tư', 'blocked'],
    ['Không có người làm anh ạ', 'blocked'],
    ['Xong rồi mà chờ anh Chủ tịch ký', 'blocked'],
    ['Đã phát quà cho các hộ xong rồi', 'done'],
  ],
  'the whole told done without a done word is done': [
    ['Toàn bộ 180 hộ đã được kiểm tra anh ạ', 'done'],
    ['Đến hôm nay không còn tổ nào chưa nộp', 'done'],
    ['Hồ sơ đã được bàn giao cho phòng rồi ạ', 'done'],
    ['Không còn hộ nào chưa ký, trừ 2 hộ đi vắng', 'in_progress'],
    ['Toàn bộ hồ sơ đã được rà soát, đang chờ duyệt', 'blocked'],
    ['Phần lớn các hộ đã ký, còn vài hộ', 'in_progress'],
    ['Phần lớn là do thời tiết', 'none'],
  ],
  'a count of parts reached is progress; a cause or a later start is named': [
    ['Bên em vào được 5 thôn rồi anh', 'in_progress'],
    ['Được 2 ngày rồi anh', 'none'],
    ['Sóng yếu, không gửi được anh ạ', 'blocked'],
    ['Sau rằm bên em mới làm', 'not_started'],
    ['Xong lâu rồi anh, em quên chưa báo', 'done'],
    ['Xong rồi, quên chưa ký', 'in_progress'],
  ],
  'none of the parts reached, in words, is not started': [
    ['Chưa xuống được thôn nào anh', 'not_started'],
    ['Chưa làm chi hết anh ơi', 'not_started'],
    ['Đã xong, không sót hộ nào', 'done'],
  ],
};

describe('round 6 classes (rules alone)', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    it.each(cases)(`${name}: %j → %s`, (text, status) => {
      expect(readReply(text).status).toBe(status);
    });
  }

  it('reads an estimate as the figure and a rough share with no figure', () => {
    expect(readReply('Chắc tầm 70% rồi anh').percent).toBe(70);
    expect(readReply('Làm được hơn nửa rồi anh').percent).toBeNull();
  });
});
