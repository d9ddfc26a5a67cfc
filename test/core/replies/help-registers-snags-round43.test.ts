import { describe, expect, it } from 'vitest';
import { readReply as readByRules } from '../../../src/core/replies/read-reply.ts';

/**
 * Round 43 (issue 16): classes of misses opened in holdout-66, each written here in new words (none a fixture
 * line). The cases of each block fail on the round-42 rules; the controls must stay as they were.
 */

describe('help that is the work told is no plea, also after an opening "đã" (folds like "dạ")', () => {
  it.each(['Đã trợ giúp pháp lý xong cho 4 người cao tuổi', 'Đã giúp xong hai hộ dựng lại chuồng bò'])('%s', (text) => {
    expect(readByRules(text).status).toBe('done');
  });
  it.each(['Chị sửa lại giúp em số liệu dòng 3 nhé', 'Anh ký giúp em tờ trình với'])('control: %s asks', (text) => {
    expect(readByRules(text).status).toBe('none');
  });
});

describe('"đăng ký" (register) is no round named by a year', () => {
  it.each(['Hoàn thành cập nhật sổ đăng ký nuôi con nuôi năm 2026 rồi anh', 'Đã đối chiếu xong sổ đăng ký khai sinh từ 2012 đến nay'])('%s', (text) => {
    expect(readByRules(text).status).toBe('done');
  });
  it('control: "Đợt tiêm năm 2023 xã làm xong rồi" is another occasion', () => {
    expect(readByRules('Đợt tiêm năm 2023 xã làm xong rồi').status).toBe('none');
  });
});

describe('a snag or a wait denied by "gì (nữa) đâu" holds nothing up', () => {
  it.each(['Trở ngại gì đâu anh, bên em làm xong từ thứ Hai rồi', 'Chờ gì nữa đâu chị, em nộp xong lúc trưa rồi'])('%s', (text) => {
    expect(readByRules(text).status).toBe('done');
  });
  it('control: "Vẫn đang chờ huyện duyệt" waits', () => {
    expect(readByRules('Vẫn đang chờ huyện duyệt').status).toBe('blocked');
  });
});

describe('a snag to report should one come is no report put off', () => {
  it('"Tổ em đang đo đạc, có gì vướng em báo anh sau" goes on', () => {
    expect(readByRules('Tổ em đang đo đạc, có gì vướng em báo anh sau').status).toBe('in_progress');
  });
  it('control: "Em đang tiếp dân, chút em báo anh sau" is put off', () => {
    expect(readByRules('Em đang tiếp dân, chút em báo anh sau').status).toBe('none');
  });
});

describe('a system shut for upkeep or locked holds the work up', () => {
  it('"Nhập được 40% thì cổng dịch vụ công bảo trì" → blocked 40', () => {
    const reading = readByRules('Nhập được 40% thì hệ thống dịch vụ công bảo trì, mai mới mở');
    expect([reading.status, reading.percent]).toEqual(['blocked', 40]);
  });
  it('control: "Đội đang bảo trì trạm bơm số 2" is the work going on', () => {
    expect(readByRules('Đội đang bảo trì trạm bơm số 2').status).toBe('in_progress');
  });
});
