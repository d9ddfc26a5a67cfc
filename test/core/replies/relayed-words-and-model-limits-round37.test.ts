import { describe, expect, it } from 'vitest';
import { readReply as readByRules } from '../../../src/core/replies/read-reply.ts';
import { withSureModel } from './support/with-sure-model.ts';

/**
 * Round 37 (stop 34): the three false dones of blind set 61 (scored blind first, then its false dones read), each a class
 * written again here in other words: a body's words carried into the next clause ("…, nói mấy xã … xong hết rồi"); the
 * model's sure done over work left told as "còn … chưa …"; the model's done over a judgement ("… là quý lắm rồi").
 */

describe("a body's words carried on after a comma", () => {
  it('"…vừa gọi giục, nói mấy xã quanh mình … hết rồi" passes on peers\' status', () => {
    expect(readByRules('Văn phòng huyện vừa gọi giục, nói mấy xã quanh mình nộp đủ hết rồi').status).toBe('none');
  });
  it("the unit's own report after a call stays its report", () => {
    expect(readByRules('Huyện vừa gọi hỏi, bên em xong hết rồi').status).toBe('done');
  });
});

describe("the model's done has limits", () => {
  it('a sure done does not pass work left told as "còn … chưa …"', () => {
    const text = 'Giấy tờ ghi đủ hết rồi chị, chứ ngoài thực tế còn dăm hộ ở xóm Đồng chưa cầm được tiền hỗ trợ';
    expect(readByRules(text).reasons).toContain('guard:workLeft');
    expect(withSureModel(text).status).not.toBe('done');
  });
  it('"không còn hộ nào chưa …" is none left, not work left', () => {
    expect(readByRules('Không còn hộ nào chưa nhận gạo anh ạ').status).toBe('done');
  });
  it('a judgement is no report, and the model does not make it a done', () => {
    const text = 'Được hỗ trợ như vậy là quý lắm rồi chị ạ';
    expect([readByRules(text).status, readByRules(text).reasons]).toEqual(['none', ['evaluation']]);
    expect(withSureModel(text).status).toBe('none');
  });
  it('a result told plainly is no judgement', () => {
    expect(readByRules('Tiền trợ cấp tháng này phát đủ rồi chị ạ').reasons).not.toContain('evaluation');
  });
});
