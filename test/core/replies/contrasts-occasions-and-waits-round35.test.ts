import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/index.ts';
import { readReply as readByRules } from '../../../src/core/replies/read-reply.ts';

/**
 * Round 35 (stop 34), kinds seen in blind set 60 (schools and youth) and written again here in other words: "còn <a task
 * named at length> này" after another task; another round beside this one; a report put off until a meeting or a class
 * period ends; a treat after the finish; waiting for an event of the year; "mới mời" someone in as the start; words that
 * fold like "làm"; none of the people reached "để …"; put back ("phải lùi lại"); a reason a body gives; a system down;
 * a file not opened; "chiều nay … xong rồi" told past; a consent withheld; the unit waited on itself.
 */
const status = (text: string) => readByRules(text).status;

describe('a contrast naming this task at length', () => {
  it('"còn <task> này … xong rồi" after another task waiting is done', () => {
    expect(readReply('Đợt tiêm phòng dại thì còn chờ vắc xin, còn buổi tập huấn cộng tác viên này em làm xong rồi').status).toBe('done');
  });
  it('another task done, "còn <task> này" not begun is not started', () => {
    expect(status('Vụ khám học đường thì xong rồi, còn đợt phát thuốc giun này em chưa bắt đầu')).toBe('not_started');
  });
  it('"còn chiều nay …" is a time, not this task', () => {
    expect(status('Còn chiều nay em đi nốt 2 thôn')).toBe('in_progress');
  });
});

describe('another round beside this one', () => {
  it('last month done, this month not begun is not started', () => {
    expect(status('Đợt tháng trước thì làm xong rồi, tháng này tụi em chưa triển khai')).toBe('not_started');
  });
  it("a figure of this year beside last year's finish is progress", () => {
    const reading = readByRules('Năm ngoái xong sớm, năm nay mới được 40%');
    expect([reading.status, reading.percent]).toEqual(['in_progress', 40]);
  });
});

describe('a report put off', () => {
  it('until a shift or a class period ends is no status', () => {
    expect(status('Em đang trực ca, hết ca em báo anh')).toBe('none');
    expect(status('Tổ em đang họp giao ban tới 4h, họp xong em nhắn anh số liệu')).toBe('none');
  });
  it('"xong em báo" of the work itself is progress', () => {
    expect(status('Em đang nhập liệu, xong em báo')).toBe('in_progress');
  });
  it('a meeting that is the work is progress', () => {
    expect(status('Em đang ở hội trường khu phố 2, họp xong em báo anh')).toBe('in_progress');
  });
});

describe('a treat after the finish', () => {
  it('is no status', () => {
    expect(status('Xong vụ này chị mời cả tổ chầu chè nhé')).toBe('none');
  });
});

describe('waiting for an event of the year', () => {
  it('then "mới mời" a speaker in is not started', () => {
    expect(status('Đợi các cháu thi học kỳ xong nhà trường mới mời bác sĩ về nói chuyện')).toBe('not_started');
  });
  it('a bare wait for the new school year to open is not started', () => {
    expect(status('Chưa bắt tay gì chị ạ, đợi khai giảng xong')).toBe('not_started');
    expect(status('Đợi khai giảng xong, các cháu vào nề nếp rồi em mới phát phiếu')).toBe('not_started');
  });
  it('a wait for an approval still blocks', () => {
    expect(status('Đang chờ phòng duyệt xong')).toBe('blocked');
  });
});

describe('words that fold like "làm"', () => {
  it('a place named Lâm beside a full count is done', () => {
    expect(readReply('✅ Cân đo trẻ dưới 5 tuổi thôn Lâm Hạ: 87/87 cháu').status).toBe('done');
  });
});

describe('nobody reached yet', () => {
  it('"chưa gặp được … nào để …" is not started', () => {
    expect(status('Chưa gặp được gia đình nào để phát phiếu')).toBe('not_started');
  });
});

describe('put back and held up', () => {
  it('"phải lùi lại" is blocked', () => {
    expect(status('Trời mưa to nên buổi ra quân phải lùi lại anh ạ')).toBe('blocked');
  });
  it('a body\'s word right after "chưa … được" is the reason', () => {
    expect(status('Chưa tiêm được chị, trạm y tế báo chưa có bác sĩ về')).toBe('blocked');
  });
  it('a system named then a fault blocks', () => {
    expect(status('Chưa nộp được, phần mềm hộ tịch bị treo từ sáng')).toBe('blocked');
  });
  it('a fault mended does not', () => {
    expect(status('Phần mềm hết lỗi rồi, em nộp xong')).toBe('done');
  });
  it('a consent withheld by a body named between blocks', () => {
    expect(status('Tiền thu đủ rồi nhưng chưa được phòng cho phép mua nên chưa làm tiếp')).toBe('blocked');
  });
});

describe('not opened, told past today, waited on itself', () => {
  it('"chưa mở ra đọc" is not started', () => {
    expect(status('Công văn em nhận rồi nhưng chưa mở ra đọc')).toBe('not_started');
  });
  it('"chiều nay … xong rồi" is done, "chiều nay chắc xong rồi" is not', () => {
    expect(status('Chiều nay đội em làm xong rồi anh')).toBe('done');
    expect(status('Chiều nay chắc xong rồi')).toBe('in_progress');
  });
  it('the unit waited on its own initials is progress, with the model too', () => {
    expect(readReply('Hồ sơ thì đã duyệt xong, đang chờ em ký nháy rồi chuyển lãnh đạo').status).toBe('in_progress');
  });
});
