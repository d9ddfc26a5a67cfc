import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/index.ts';
import { readReply as readByRules } from '../../../src/core/replies/read-reply.ts';

/**
 * Round 42 (issue 16): the biggest classes of misses over holdouts 5–65 and the class files, each written here in new
 * words (none a fixture line). The cases of each block fail on the round-41 rules; the controls (some read right by the
 * round-41 rules too, marked so) must stay as they were.
 */

describe('a finish on a condition that does not hold now is blocked', () => {
  it.each([
    'Đủ ghe thì một buổi là chở xong hàng cứu trợ, giờ xã chỉ còn một chiếc',
    'Có thêm ba người thì hai hôm là phát quang xong, mà giờ anh em đi phụ xã bên hết',
    'Có danh sách từ trạm y tế thì một buổi là em nhập xong, mà họ chưa gửi',
  ])('%s', (text) => {
    expect(readByRules(text).status).toBe('blocked');
  });
  it('control (blocked before too): "Có con dấu là xong liền, chừ văn phòng khóa cửa rồi"', () => {
    expect(readByRules('Có con dấu là xong liền, chừ văn phòng khóa cửa rồi').status).toBe('blocked');
  });
  it.each([
    'Đủ người thì 2 ngày là xong, giờ anh em vẫn đang làm',
    'Có xe thì mai xong, không thì thứ Hai',
    'nếu có thêm người thì chiều nay xong, giờ làm một mình hơi chậm',
  ])('control: %s is no blocker', (text) => {
    expect(readByRules(text).status).toBe('in_progress');
  });
});

describe('an official away, with what only they do not done, is blocked', () => {
  it.each(['Xong rồi anh, nhưng chưa có dấu vì chị văn thư nghỉ phép', 'Hai cán bộ y tế thôn đều ốm, đợt cân trẻ bị gián đoạn'])('%s', (text) => {
    expect(readByRules(text).status).toBe('blocked');
  });
  it('the share done stays beside it: "3/5 xóm xong, 2 xóm còn lại trưởng xóm đi vắng chưa họp được" → blocked 60', () => {
    const reading = readByRules('3/5 xóm đã bình xét, 2 xóm còn lại trưởng xóm đi vắng chưa họp được');
    expect([reading.status, reading.percent]).toEqual(['blocked', 60]);
  });
  it('control (blocked before too): "Phó chủ tịch đi công tác, chưa ai ký quyết định nên em chưa chi được"', () => {
    expect(readByRules('Phó chủ tịch đi công tác, chưa ai ký quyết định nên em chưa chi được').status).toBe('blocked');
  });
  it('control: the teller away, the start ahead, is not started', () => {
    expect(readByRules('Tuần này em đi tập huấn trên tỉnh nên chưa làm, thứ Hai em làm liền').status).toBe('not_started');
  });
});

describe("an event's end awaited, then 'mới' and a start, is not started", () => {
  it.each([
    'Đợi bàn giao xong trụ sở mới thì phường mới chuyển hồ sơ qua',
    'Chờ hội thi văn nghệ kết thúc trường em mới tổ chức',
    'Xong kỳ thi văn nghệ thì trường em mới tập huấn',
    'Đợi thi HK2 xong rồi trường mới triển khai khám mắt',
  ])('%s', (text) => {
    expect(readByRules(text).status).toBe('not_started');
  });
  it.each(['Đợi thu hoạch cà phê xong rồi bà con mới họp bàn', 'Xong kỳ thi học sinh giỏi thì tổ em mới bắt đầu'])('control (right before too): %s', (text) => {
    expect(readByRules(text).status).toBe('not_started');
  });
  it('"làm tiếp" after the event is under way, no wait', () => {
    expect(readByRules('Đợi kiểm toán xong rồi bên em mới làm tiếp phần còn lại').status).toBe('in_progress');
  });
});

describe('a count of what is left, closed by a zero, is done', () => {
  it.each([
    'Số hộ trong vùng sạt lở chưa được di dời: 0',
    'Số cơ sở chưa ký cam kết = 0, em chốt sổ rồi',
    'Cập nhật xóm Bến: số cháu chưa tiêm sởi = 0',
    'Số người chưa được xếp lớp: 0',
  ])('%s', (text) => {
    expect(readByRules(text).status).toBe('done');
  });
  it.each([
    ['Số hộ đã nộp: 0', 'not_started'],
    ['Tiến độ = 0', 'not_started'],
  ])('control: %s is no done', (text, status) => {
    expect(readByRules(text).status).toBe(status);
  });
});

describe('a done taken back in the same breath is work going on', () => {
  it.each(['Trao xong rồi á, à không, còn bà Năm chưa nhận', 'Xong hết rồi, à chưa, còn bà Sáu chưa nhận tiền'])('%s', (text) => {
    expect(readByRules(text).status).toBe('in_progress');
  });
});

describe('shares and written forms', () => {
  it.each([
    ['Đã giải ngân được 4,5/6 tỷ vốn', 75],
    ['Đã cấp được 1.200/1.600 thẻ căn cước mức 2', 75],
    ['Mới được chừng tám chục phần trăm thôi anh', 80],
    ['Mương xóm Chùa xong 70% rồi', 70],
  ])('%s → in progress %i', (text, percent) => {
    const reading = readByRules(text);
    expect([reading.status, reading.percent]).toEqual(['in_progress', percent]);
  });
  it.each(['Họp phụ huynh xong rồi anh, 92% phụ huynh dự', 'Điều tra xong 200 hộ rồi, kết quả 85% hài lòng'])('%s is done', (text) => {
    expect(readByRules(text).status).toBe('done');
  });
  it.each(['Trực chốt tạm ổn, nhưng còn phải trực tới hết Tết', 'rac o cong truong da don, con bai dat sau nha van hoa chua don'])(
    '%s is work going on',
    (text) => {
      expect(readByRules(text).status).toBe('in_progress');
    },
  );
  it('control: a share of those reached is progress', () => {
    expect(readByRules('Dạ 85% hộ tham gia rồi anh').percent).toBe(85);
  });
  it('control: "còn ai chưa xong thì báo em" is an instruction, no work left', () => {
    expect(readReply('Mấy xã kia xong hết rồi, còn ai chưa xong thì báo em').status).toBe('none');
  });
});

describe('documents that close the job', () => {
  it.each(['Giấy chứng nhận đạt chuẩn cho trạm y tế về tới tay rồi anh', 'Đã kiện toàn ban bảo vệ dân phố, quyết định ký ngày 15/11/2026'])(
    '%s is done',
    (text) => {
      expect(readByRules(text).status).toBe('done');
    },
  );
  it('control: a decision come down with the start ahead is not started', () => {
    expect(readByRules('Quyết định giao việc về tới phường rồi, thứ Hai em làm').status).toBe('not_started');
  });
});

describe('"có … là … xong" with nothing told past is a condition, no done', () => {
  it('"Có xe cẩu là dựng xong ngay" is no done', () => {
    expect(readByRules('Có xe cẩu là dựng xong ngay').status).not.toBe('done');
  });
});

describe('work going on told with no word of status is in progress', () => {
  it.each([
    'Báo cáo tạm: đã cấp được 930 thẻ, số liệu chính thức em gửi sau',
    'Em đã phát thư mời các hộ kinh doanh đến ký cam kết',
    'Tính ra thì cũng gần hết, còn xóm Bãi mai em xuống',
    'Ráng đêm nay thêm chút là kịp anh ơi',
    'Chắc cũng ổn rồi anh, để em rà lại mấy cột tổng',
  ])('%s', (text) => {
    expect(readByRules(text).status).toBe('in_progress');
  });
  it('control (in progress before too): "Đã gửi giấy mời họp các chi hội, thứ Sáu họp"', () => {
    expect(readByRules('Đã gửi giấy mời họp các chi hội, thứ Sáu họp').status).toBe('in_progress');
  });
  it('control: an instruction to a group to push on is none', () => {
    expect(readByRules('Anh em ráng xong trong tuần nha').status).toBe('none');
  });
});
