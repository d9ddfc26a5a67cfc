import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import { REPLY_CONFIDENCE_THRESHOLD, type ReplyStatus } from '../../../src/core/replies/types.ts';

/** [reply, status, percent] — percent undefined: not checked. */
type Case = readonly [string, ReplyStatus, (number | null)?];

/** Replies by the class of reading they need (issue 16 item 1, issue 10 item 11). */
const CLASSES: Record<string, readonly Case[]> = {
  "someone else's status passed on is not this unit's report": [
    ['bên Hội Phụ nữ báo xong rồi', 'none'],
    ['Phường 3 được 70%, em gửi anh tham khảo', 'none'],
    ['nghe nói bên công an làm xong rồi', 'none'],
    ['anh Tuấn bảo là hoàn thành rồi', 'none'],
    ['theo báo cáo của phường 2 thì đã xong', 'none'],
    ['Đoàn thanh niên báo lại là đang triển khai', 'none'],
    ['em chuyển tiếp báo cáo của xã Tân Lập: đã hoàn thành', 'none'],
    ['Bên phường 7 nói tuần sau mới xong', 'none'],
    ['Xã Hòa Bình báo cáo là đã triển khai 80%, em chuyển anh nắm', 'none'],
    ['số liệu của phường 1: 45/60 hộ, gửi anh tham khảo', 'none'],
    ['Hội Cựu chiến binh phường đã hoàn thành việc tuyên truyền', 'done', 100],
    ['Xin gia hạn đến 15/12 do mưa bão', 'blocked'],
    ['Mấy xã khác xong hết rồi, bên em mới được 40%', 'in_progress', 40],
    ['Bên em được 60%, phường 5 thì xong rồi', 'in_progress', 60],
    ['Đã phát xong quà cho các gia đình chính sách', 'done', 100],
    ['Em bấm nhầm, thật ra bên em đang làm 50%', 'in_progress', 50],
  ],
  'a reply about another task reports only what it says of this one': [
    ['vụ tuyên truyền thì xong, còn việc này để em xem', 'none'],
    ['việc kia xong rồi, việc này chưa làm', 'not_started'],
    ['nhiệm vụ kia thì xong rồi, còn nhiệm vụ này đang làm', 'in_progress'],
    ['cái này em chưa làm, mấy cái khác xong hết rồi', 'not_started'],
    ['việc lập danh sách thì xong rồi, còn nhiệm vụ này em chưa bắt đầu', 'not_started'],
    ['phần kia thì đang làm, việc này xong rồi anh', 'done', 100],
  ],
  'remaining work and denied completion are progress': [
    ['còn hai tổ nữa là xong', 'in_progress'],
    ['còn 2 hồ sơ nữa là xong', 'in_progress'],
    ['xong gì mà xong, mới được phân nửa', 'in_progress', 50],
    ['xong đâu mà xong', 'in_progress'],
    ['gần xong rồi anh', 'in_progress'],
    ['chỉ còn khâu tổng hợp nữa thôi', 'in_progress'],
    ['đã xong đâu anh', 'in_progress'],
    ['có xong đâu', 'in_progress'],
    ['còn lại 3 hộ chưa rà soát', 'in_progress'],
    ['còn mấy hộ nữa thôi anh', 'in_progress'],
    ['đã xong phần lớn, còn lại vài hộ', 'in_progress'],
    ['hôm qua chưa xong, nay đã xong hết rồi', 'done', 100],
    ['xong gần hết rồi', 'in_progress'],
  ],
  'waiting on someone, a missing paper or instruction, "kẹt", "Vướng mắc: …" are blockers': [
    ['đang chờ ý kiến lãnh đạo', 'blocked'],
    ['chưa có danh sách từ phòng LĐTBXH nên chưa làm được', 'blocked'],
    ['đợi chữ ký của chủ tịch', 'blocked'],
    ['chờ anh Hùng duyệt', 'blocked'],
    ['hồ sơ đang chờ ký', 'blocked'],
    ['chưa nhận được công văn nên chưa làm', 'blocked'],
    ['chưa làm được vì chưa có hướng dẫn của cấp trên', 'blocked'],
    ['kẹt vụ con dấu', 'blocked'],
    ['kẹt quá anh ơi, dân không hợp tác', 'blocked'],
    ['Vướng mắc: chưa có kinh phí', 'blocked'],
    ['Vướng mắc: một số hộ đi làm ăn xa chưa liên hệ được', 'blocked'],
    ['chưa bắt đầu, đợi họp xong mới triển khai', 'not_started'],
    ['đã gửi cho phòng Tư pháp rồi', 'done', 100],
  ],
  'nothing yet, or a start still ahead, is not started': [
    ['chưa có gì anh ơi', 'not_started'],
    ['vẫn chưa có gì ạ', 'not_started'],
    ['chưa đụng tới', 'not_started'],
    ['hổng có làm gì hết trơn', 'not_started'],
    ['mai mới bắt đầu', 'not_started'],
    ['0/9 tổ', 'not_started', 0],
    ['thứ 2 tuần sau bên em mới triển khai', 'not_started'],
    ['chưa có gì vướng, đang làm', 'in_progress'],
  ],
  'regional and casual forms': [
    ['xong rồi nhe anh', 'done', 100],
    ['dạ xong rồi hen', 'done', 100],
    ['hông có vướng gì, xong rồi', 'done', 100],
    ['done r a', 'done', 100],
    ['✅', 'done', 100],
    ['✅ xong', 'done', 100],
    ['👍 đã nhận', 'none'],
    ['dc 50% r a', 'in_progress', 50],
    ['ko vuong gi, xong r', 'done', 100],
    ['em check lại rồi báo anh sau', 'none'],
    ['Em đang ở ngoài, lát em xem', 'none'],
  ],
  'requests to others and questions without a question mark are not reports': [
    ['đề nghị các đơn vị báo cáo trước 17h', 'none'],
    ['anh kiểm tra lại giúp em', 'none'],
    ['xong chưa anh để em tổng hợp', 'none'],
    ['mọi người gửi số liệu cho em trước thứ 6 nhé', 'none'],
    ['mọi người nhớ cập nhật tiến độ nhé', 'none'],
    ['yêu cầu các xã khẩn trương hoàn thành', 'none'],
    ['bên mình làm tới đâu rồi', 'none'],
    ['tiến độ sao rồi các bạn', 'none'],
    ['đề nghị BCĐ hỗ trợ kinh phí', 'blocked'],
    ['đã hoàn tất, mời anh kiểm tra', 'done', 100],
  ],
  'completion verbs beyond "xong" and problems already overcome': [
    ['đã tổ chức thành công hội nghị', 'done', 100],
    ['đã xử lý dứt điểm', 'done', 100],
    ['đã bàn giao hồ sơ cho công an', 'done', 100],
    ['đạt chỉ tiêu rồi anh', 'done', 100],
    ['đã xong, khó khăn đã được khắc phục', 'done', 100],
    ['vướng kinh phí nhưng đã giải quyết xong, hoàn thành rồi', 'done', 100],
    ['đang tháo gỡ vướng mắc về mặt bằng', 'blocked'],
  ],
  'fractions of counted things give percents, other numbers do not': [
    ['6/8 tổ', 'in_progress', 75],
    ['đã rà soát 3/5 khu phố', 'in_progress', 60],
    ['đạt 7/10 tổ', 'in_progress', 70],
    ['theo Kế hoạch số 15/KH-UBND ngày 3/4, đang triển khai', 'in_progress', null],
    ['ngày 6/8 họp triển khai rồi, đang làm', 'in_progress', null],
    ['đã vận động 120 hộ ký cam kết', 'in_progress', null],
    ['theo công văn 45/2023 đang triển khai', 'in_progress', null],
  ],
};

describe.each(Object.entries(CLASSES))('%s', (_, cases) => {
  it.each(cases.map(([text, status, percent]) => ({ text, status, percent })))('reads $text as $status', ({ text, status, percent }) => {
    const reading = readReply(text);
    expect(reading.status).toBe(status);
    if (percent !== undefined) expect(reading.percent).toBe(percent);
    // A reading it stores must be confident; a non-report it asks about or ignores.
    if (status !== 'none') expect(reading.confidence).toBeGreaterThanOrEqual(REPLY_CONFIDENCE_THRESHOLD);
  });
});
