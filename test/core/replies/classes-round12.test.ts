import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16, round 12: classes the blind holdouts still missed, read by the rules alone. Fresh lines,
 * not the fixtures'; each class keeps a near miss beside it.
 */
const CASES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  'handing out or collecting the whole, told past, is done ("phát hết", "cấp phát đủ", "thu đủ … rồi")': [
    ['Xã đã chi trả đủ tiền hỗ trợ mùa vụ cho các hộ rồi ạ', 'done'],
    ['Bên em cấp phát hết áo phao cho các đò ngang rồi anh', 'done'],
    ['Dạ em phát hết tờ gấp cho bà con rồi ạ', 'done'],
    ['Đã tiêm cho đàn gia cầm của xã đủ 3 mũi rồi anh', 'done'],
    ['Quà tặng chưa đủ anh ạ, còn 9 cháu chưa nhận', 'in_progress'],
    ['Phát hết tờ rơi rồi mà còn thiếu 2 thôn', 'in_progress'],
    // a running period ("năm nay", "tháng này") before a done read without a done word, told past with "rồi"
    ['Lệ phí chợ tháng này tổ em thu đủ rồi anh', 'done'],
    ['Tháng này em cấp phát hết rồi chị', 'done'],
  ],
  'a closing event told past is done; ahead, the course still runs': [
    ['Hội nghị tập huấn đã bế mạc lúc 11h trưa nay anh ạ', 'done'],
    ['Lớp bồi dưỡng đảng viên đã bế giảng rồi anh', 'done'],
    ['Sáng thứ 7 này lớp mới bế giảng anh ạ', 'in_progress'],
    ['Bên em đã quyết toán xong với kho bạc rồi anh', 'done'],
    ['Thứ 5 tới đoàn của huyện mới xuống nghiệm thu anh ạ', 'in_progress'],
  ],
  'a body beside the unit ("trường bên cạnh", "khoa lân cận") is someone else, whatever the noun': [
    ['Trường bên cạnh tổ chức xong rồi anh', 'none'],
    ['Khoa lân cận đã hoàn thành từ tuần trước rồi', 'none'],
    ['Bên cạnh đó, bên em cũng đã hoàn thành rồi anh', 'done'],
  ],
  'words that fold like a status or speech word read as written ("chuyên đề", "bảo trợ", "hội viên khó khăn")': [
    ['Đoàn phường đã tổ chức diễn đàn chuyên đề xong rồi anh', 'done'],
    ['Đã tặng xong quà cho đoàn viên khó khăn rồi chị', 'done'],
    ['Trung tâm bảo trợ xã hội đã nhận đủ hồ sơ của xã rồi anh', 'done'],
    ['Em chuyển để anh nắm: bên trạm y tế đã tiêm xong 80 cháu', 'none'],
  ],
  'waiting on a side that has not come or answered is a blocker': [
    ['Em gọi bên cấp nước bốn lần rồi mà chưa ai xuống sửa, nên chưa làm tiếp được', 'blocked'],
    ['Liên hệ phòng Tư pháp từ hôm thứ 2, không ai nghe máy anh ạ', 'blocked'],
    ['Em hỏi bên ngân hàng rồi, họ cứ hẹn thứ 6 mới trả lời', 'blocked'],
    ['Chưa ai hỏi nên em chưa báo, việc này xong lâu rồi ạ', 'done'],
    ['Xong 8 trên 10 hộ, 2 hộ còn lại hẹn mai', 'in_progress'],
  ],
  'received with the start set at a time ahead is not started; an undated promise only acknowledges': [
    ['Văn phòng đã tiếp nhận, sẽ triển khai từ ngày 10/12 anh ạ', 'not_started'],
    ['Dạ nhận được rồi anh, tuần sau bên em mới bắt đầu', 'not_started'],
    ['Đã tiếp nhận, bên em đang làm rồi', 'in_progress'],
  ],
  'an earlier figure is superseded by a correction or by a whole done now': [
    ['Chiều qua em nhắn 40% là số cũ, giờ bên em xong hết rồi anh', 'done'],
    ['Em ghi 30% là chưa cộng tổ 4, thực tế là bên em đã hoàn thành rồi', 'done'],
    ['Hôm qua được 40%, nay được 70% rồi anh', 'in_progress'],
  ],
  'what a correction withdraws ("… là nhầm") neither counts nor casts a doubt on what follows': [
    ['Hôm trước em nhắn chưa làm là nhầm, bên em nộp đủ từ thứ 5 rồi', 'done'],
    ['Em báo hoàn thành là nhầm, mới được 3 trên 6 tổ thôi anh', 'in_progress'],
    ['Em báo hoàn thành là nhầm anh ạ', 'none'],
  ],
  'a finish only believed, however far the done word ("tưởng … là xong"), and "ai ngờ" turning against it': [
    ['Em cứ tưởng chiều nay là hoàn thành, ai dè mất điện cả buổi', 'blocked'],
    ['Tưởng tuần này là xong rồi, nào ngờ còn 4 hộ chưa ký', 'in_progress'],
    ['Em đã rà soát xong hết các đối tượng rồi anh', 'done'],
  ],
  'a percent of a named part ("100% phần thực địa") is not the task at 100%': [
    ['Xong 100% khâu khảo sát, khâu tổng hợp em đang làm', 'in_progress'],
    ['Đã đạt 100% kế hoạch, xong hết rồi anh', 'done'],
  ],
  'beside a lament ("chết rồi", "toi rồi"), a bare "xong rồi" says it is ruined, not finished': [
    ['Toi rồi anh ơi, xong rồi, mất hết dữ liệu trong máy', 'blocked'],
    ['Chết rồi, em quên báo anh, bên em xong từ thứ 3 rồi', 'done'],
  ],
  'a year named, then "năm nay" in a later clause: the named year is another occasion': [
    ['Bên em làm xong việc này hồi tháng 3 năm 2024 rồi, năm nay chưa thấy giao lại', 'none'],
    ['Xong từ năm 2025 rồi anh', 'done'],
  ],
  'more of the work later today, opening the clause ("chiều đi tiếp"), is work left; proof later is not': [
    ['Sáng nay em xong phần việc ở tổ 1, chiều đi tiếp tổ 2', 'in_progress'],
    ['Xong rồi anh, mai em gửi thêm hình ảnh minh chứng', 'done'],
  ],
  'an acknowledging emoji ends the sentence before it ("Xong rồi nhé 👍 có gì anh cứ nhắn em")': [
    ['Nộp rồi anh 👍 có gì sai anh cứ nhắn em sửa', 'done'],
    ['👍', 'none'],
  ],
  'asking for a paper, a file lost, or the unit away at a meeting above is no report': [
    ['Anh ơi cho em xin lại file kế hoạch với, em tìm không ra', 'none'],
    ['Chị gửi lại cho em danh sách hôm trước với ạ, em lỡ làm mất rồi', 'none'],
    ['Em lỡ làm mất biên bản họp rồi anh ơi', 'none'],
    ['Chiều nay em đi họp trên huyện, mai em báo anh sau', 'none'],
    ['Em xin danh sách rồi, giờ đang đi rà từng hộ anh ạ', 'in_progress'],
    ['Sáng mai em đi họp tổ dân phố để triển khai việc này', 'not_started'],
  ],
};

describe('reply classes of round 12 (issue 16)', () => {
  for (const [name, lines] of Object.entries(CASES)) {
    describe(name, () => {
      it.each(lines)('%s → %s', (text, status) => {
        expect(readReply(text).status).toBe(status);
      });
    });
  }
});
