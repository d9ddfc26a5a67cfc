import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/**
 * Issue 16 item 1, round 7: the classes the blind holdouts 5–8 still missed, read by the rules alone.
 * Fresh lines, not the fixtures'; each class keeps a near miss beside it.
 */
const CASES: Record<string, ReadonlyArray<readonly [string, ReplyStatus]>> = {
  'asking the lead to check what was sent is not a report': [
    ['Anh xem lại giúp em tờ trình đã nộp nha', 'none'],
    ['Chị kiểm tra giùm em mail đã gửi sáng nay với', 'none'],
    ['Kiểm tra lại giúp em danh sách đã up nhé anh', 'none'],
    ['Em đã rà lại hồ sơ và nộp rồi anh', 'done'],
  ],
  'news, announcements and work done on behalf of another body are not this unit’s': [
    ['Bản tin: UBND thành phố công bố đã hoàn thành giải phóng mặt bằng', 'none'],
    ['Em nộp hộ báo cáo cho bên Mặt trận rồi nha', 'none'],
    ['Em đã bàn giao hồ sơ cho phòng Nội vụ rồi ạ', 'done'],
  ],
  'a wish to others goes on past the comma': [
    ['Chúc các khu phố ra quân thuận lợi, hoàn thành tốt nhiệm vụ', 'none'],
    ['Mong mọi người cố gắng, hoàn thành trong tuần', 'none'],
    ['Hy vọng thứ 5 xong anh', 'in_progress'],
    ['Chúc anh cuối tuần vui vẻ, em đã hoàn thành rồi nha', 'done'],
  ],
  'a delay told as past beside a completion leaves it done; a wait still on does not': [
    ['Muộn 2 ngày so với hạn do chờ dấu, nhưng bên em đã nộp rồi', 'done'],
    ['Xong rồi ạ, hơi trễ so với kế hoạch vì mưa', 'done'],
    ['Trễ rồi anh, đang chờ số liệu bên thuế', 'blocked'],
  ],
  'a finish told late, because nobody asked or the teller forgot, is done': [
    ['Xong lâu rồi anh mà em quên báo', 'done'],
    ['Làm xong từ thứ 2 rồi, tại chưa ai hỏi nên em chưa báo', 'done'],
    ['Xong lâu rồi mà chưa ký', 'in_progress'],
    ['Làm xong lâu rồi, mà chưa báo cáo lên phòng', 'in_progress'],
  ],
  'finishing acts told past, the whole by "hết cả" or "nào cũng", leftovers and a surplus are done': [
    ['Đã chốt sổ rồi anh, tổng cộng 120 hộ', 'done'],
    ['Quyết định đã ký ban hành hôm qua rồi ạ', 'done'],
    ['Sẽ phát hành văn bản trong tuần', 'none'],
    ['Rà soát hết cả 7 khu phố rồi anh', 'done'],
    ['Khu phố nào cũng đã treo băng rôn rồi anh', 'done'],
    ['Khu phố nào cũng đang làm', 'in_progress'],
    ['Phát xong rồi anh, còn dư mấy phần quà', 'done'],
    ['Đạt chỉ tiêu rồi, vượt kế hoạch 15 hộ', 'done'],
    ['Chốt danh sách rồi, không thay đổi gì thêm', 'done'],
  ],
  'a period still running before a done word, nothing past, is a finish ahead': [
    ['Đang làm, tháng này xong anh', 'in_progress'],
    ['Tháng này xong rồi anh', 'done'],
  ],
  'exhorting or praising a group with a done word tells nothing': [
    ['Hoàn thành xuất sắc nhiệm vụ nhé mọi người', 'none'],
    ['Hoàn thành tốt lắm, cảm ơn anh em', 'none'],
    ['Phường em đã hoàn thành tốt nhiệm vụ rồi', 'done'],
  ],
  '"xong" of another event, then the start of this task, is not started': [['Xong đợt bầu cử em mới triển khai việc này', 'not_started']],
  'only a draft or a doubt beside a done is not done': [
    ['Gửi rồi mà mới gửi bản nháp thôi', 'in_progress'],
    ['Nộp rồi anh, mà nộp bản thô', 'in_progress'],
    ['Xong rồi nhưng em còn băn khoăn', 'in_progress'],
  ],
  'not started: English, scheduling, nothing opened or written, "X cũng chưa", another event first': [
    ['Not started yet anh ơi', 'not_started'],
    ['Chưa bắt đầu, đang lên lịch đi các tổ', 'not_started'],
    ['Em chưa mở file ra luôn', 'not_started'],
    ['Làm thì chưa, bắt đầu cũng chưa', 'not_started'],
    ['Xong đợt tổng vệ sinh rồi mới tới việc này anh', 'not_started'],
    ['Để sau Tết mới làm, giờ thanh niên đi làm ăn xa', 'not_started'],
  ],
  'blocked: beyond the unit, a power cut still on, a signature looked for, a hall waited on': [
    ['Vượt thẩm quyền của xã, em đã xin ý kiến cấp trên', 'blocked'],
    ['Cúp điện từ sáng tới giờ anh', 'blocked'],
    ['Trình lên cả tuần rồi mà chưa thấy ký', 'blocked'],
    ['Chuẩn bị xong rồi, chỉ chờ hội trường trống là làm', 'blocked'],
    ['Hôm qua mất điện nên chậm, nay đang làm tiếp', 'in_progress'],
  ],
  'another round or year, or a larger body and what it has left, is not this unit’s report': [
    ['Hồi năm 2020 phường mình làm việc này mất 3 tuần mới xong', 'none'],
    ['Đợt trước nữa bên em đạt 90% lận', 'none'],
    ['Cả thành phố xong 80% rồi, còn mấy quận ven', 'none'],
    ['Đợt trước chưa xong, đợt này bên em đã hoàn thành rồi', 'done'],
  ],
  'another body has not delivered, so the unit cannot: blocked': [['Bên thuế chưa gửi số liệu nên chưa tổng hợp được anh', 'blocked']],
  'Central rhetorical denials are progress or nothing done, not questions': [
    ['Mô có xong, mới đi được hai thôn', 'in_progress'],
    ['Răng mà xong được, chừ mới tới tổ 3', 'in_progress'],
    ['Mô có làm chi mô, chừ mới đọc kế hoạch', 'not_started'],
    ['Tạm xong, còn sửa lỗi chính tả', 'in_progress'],
  ],
  'done: "đăng ký" is no "đang", a past weekday, the recipient confirms, emphatic "chứ còn gì nữa", Central "bên ni"': [
    ['Chốt rồi anh, có 40 hộ đăng ký', 'done'],
    ['Đã nghiệm thu chiều thứ Ba rồi anh', 'done'],
    ['Em đã gửi hồ sơ, văn phòng đã nhận rồi', 'done'],
    ['Xong hết rồi chứ còn gì nữa', 'done'],
    ['Bên ni xong rồi nghe anh', 'done'],
    ['Bên ni chưa ai nộp xong', 'in_progress'],
    ['Làm tới đâu xong tới đó, giờ xong hết rồi', 'done'],
    ['Đoàn viên ra quân dọn dẹp hết các tuyến hẻm rồi', 'done'],
  ],
  'forwarded instructions, another body’s report passed on, a named comrade told a deadline, a routine meeting: none': [
    ['Fwd: Phòng Nội vụ đề nghị các phường báo cáo trước 30/11', 'none'],
    ['Em gửi lại báo cáo của tỉnh để mọi người nắm', 'none'],
    ['Đồng chí Tâm đôn đốc các tổ xong trong tuần này nhé', 'none'],
    ['Mai họp giao ban lúc 8h nha mọi người', 'none'],
  ],
  'a question, then only a deadline or a finish ahead, asks': [
    ['Xong chưa mấy bạn, mai hạn rồi đó', 'none'],
    ['Chắc xong rồi anh, để em hỏi lại tổ trưởng cho chắc', 'in_progress'],
  ],
  'a recipient confirming or every part of the unit beside a done leaves it done': [
    ['Đã gửi đủ rồi anh, bên văn thư đã nhận', 'done'],
    ['Xong hết rồi, thôn nào cũng đã dán thông báo', 'done'],
    ['Phường đã thông báo là xong rồi', 'none'],
  ],
  'blocked: English and slang, put off till the weather clears, staff off sick': [
    ['stuck rồi anh, chưa có mẫu thì chịu', 'blocked'],
    ['Bị block rồi, chưa có access', 'blocked'],
    ['Bão tới, hoãn ra quân đến khi hết mưa', 'blocked'],
    ['Đủ người thì xong sớm, mà giờ 2 người nghỉ ốm', 'blocked'],
    ['Hôm nay em nghỉ ốm, có gì nhắn em sau', 'none'],
  ],
  'this task named done beside another job ahead, none left overdue, dictated full stops: done': [
    ['Nhiệm vụ này em xong rồi, còn việc tổng vệ sinh thì tuần sau', 'done'],
    ['Xong rồi, còn việc in ấn thì mai làm', 'in_progress'],
    ['Đã giải quyết 9 hồ sơ, không còn hồ sơ nào tồn đọng', 'done'],
    ['em nộp rồi chấm anh kiểm tra giúp em nha', 'done'],
    ['đã song rồi anh dấu chấm', 'done'],
    ['Em tưởng bên Mặt trận làm việc này', 'none'],
  ],
  'an attachment, a lack resolved, a meeting asked about after a report, pushing on till tonight': [
    ['Xong rồi anh. Đính kèm danh sách 12 hộ', 'done'],
    ['Thiếu mẫu mấy hôm, nay đã được bổ sung đủ và em làm xong rồi', 'done'],
    ['Thiếu mẫu mấy hôm, nay đã được bổ sung một phần', 'blocked'],
    ['Em nộp rồi anh. Mà chiều họp ở đâu vậy anh', 'done'],
    ['Xong rồi hả anh, chiều họp ở đâu', 'none'],
    ['Sắp xong rồi, ráng thêm buổi tối nay', 'in_progress'],
  ],
  'sent back and being redone, slowed by rain, a task disowned': [
    ['Nộp rồi mà quận trả về bắt sửa, em đang sửa', 'in_progress'],
    ['Được một nửa, trời mưa nên đi chậm', 'in_progress'],
    ['Việc này phường 3 làm, không phải bên em', 'none'],
  ],
  'peers not heard from, a body above idling the unit, a plan just received with its start ahead': [
    ['Phường 2 báo xong rồi, mấy phường khác em chưa thấy', 'none'],
    ['Kho bạc chưa chuyển tiền nên bên em đứng im, chưa chi được', 'blocked'],
    ['Đã nhận được kế hoạch, đơn vị sẽ triển khai đúng tiến độ', 'not_started'],
    ['Đã nhận được rồi anh', 'none'],
  ],
};

describe('round 7 classes (rules alone)', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    it.each(cases)(`${name}: %j → %s`, (text, status) => {
      expect(readReply(text).status).toBe(status);
    });
  }

  it('reads "được có 1/4" and a share of counted kitchens as a figure', () => {
    expect(readReply('Còn lâu mới xong, mới được có 1/4').percent).toBe(25);
    expect(readReply('Đã kiểm tra 3/12 bếp ăn').percent).toBe(25);
  });

  it('reads "N of M" with the noun before "trong" as a share, never the whole done', () => {
    expect(readReply('Đã tổ chức xong 3 buổi trong 6 buổi theo kế hoạch')).toMatchObject({ status: 'in_progress', percent: 50 });
    expect(readReply('Đã tổ chức xong 6 buổi trong 6 buổi theo kế hoạch')).toMatchObject({ status: 'done', percent: 100 });
  });
});
