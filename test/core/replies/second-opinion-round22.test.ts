import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/index.ts';
import type { ModelOpinion } from '../../../src/core/replies/model/reply-model.ts';
import { readReply as readByRules } from '../../../src/core/replies/read-reply.ts';
import { readWithSecondOpinion } from '../../../src/core/replies/read-with-model.ts';
import { combineWithModel } from '../../../src/core/replies/second-opinion.ts';
import { clausesAllTell } from '../../../src/core/replies/second-opinion-done-guard.ts';
import { SECOND_OPINION_POLICY } from '../../../src/core/replies/second-opinion-switch.ts';
import { REPLY_CONFIDENCE_THRESHOLD, type ReplyReading } from '../../../src/core/replies/types.ts';

const doneAt = (done: number): ModelOpinion => ({
  status: done >= 0.5 ? 'done' : 'in_progress',
  probabilities: { not_started: 0, in_progress: 1 - done, blocked: 0, done, none: 0 },
});
const tells = () => true;
const noGuard = () => false;
const unsure: ReplyReading = { status: 'none', percent: null, note: 'x', confidence: 0.3, kind: 'unclear', reasons: ['no_status_words'] };

/** Round 22 (docs/replies.md): a result told with no status word, which the rules leave unsure or read as a receipt. */
describe('the model sure of a done, as shipped since round 22', () => {
  it('takes a done it gives 0.9 where every clause tells, and not one it gives 0.88', () => {
    expect(combineWithModel(unsure, doneAt(0.91), SECOND_OPINION_POLICY, noGuard, tells)).toMatchObject({
      status: 'done',
      percent: 100,
      confidence: REPLY_CONFIDENCE_THRESHOLD,
    });
    expect(combineWithModel(unsure, doneAt(0.88), SECOND_OPINION_POLICY, noGuard, tells).status).not.toBe('done');
  });

  it('over a part done the rules read (a percent under 100, "done_partly") takes it only at 0.95', () => {
    for (const part of [
      { ...unsure, status: 'in_progress' as const, percent: 60, confidence: 0.93, kind: 'report' as const, reasons: ['percent_out_of'] },
      { ...unsure, status: 'in_progress' as const, confidence: 0.9, kind: 'report' as const, reasons: ['done_partly', 'ongoing'] },
    ]) {
      expect(combineWithModel(part, doneAt(0.93), SECOND_OPINION_POLICY, noGuard, tells)).toMatchObject({ status: 'in_progress' });
      expect(combineWithModel(part, doneAt(0.96), SECOND_OPINION_POLICY, noGuard, tells).status).toBe('done');
    }
  });

  it('takes it over an acknowledgement too, but never over a question', () => {
    const acknowledgement: ReplyReading = { ...unsure, confidence: 0.9, kind: 'acknowledgement', reasons: ['acknowledgement'] };
    expect(combineWithModel(acknowledgement, doneAt(0.93), SECOND_OPINION_POLICY, noGuard, tells).reasons).toContain('model_sure_of_done');
    expect(combineWithModel(acknowledgement, doneAt(0.93), SECOND_OPINION_POLICY, noGuard, () => false)).toEqual(acknowledgement);
    const question: ReplyReading = { ...acknowledgement, kind: 'question', reasons: ['question'] };
    expect(combineWithModel(question, doneAt(0.99), SECOND_OPINION_POLICY, tells, tells)).toEqual(question);
  });

  it('reads "xong đa số" as progress through the public entry, and a part said in words as no done', () => {
    for (const text of ['Đã xong đa số rồi anh', 'tổ em quét dọn được ba trong năm con hẻm rồi anh']) {
      expect(readReply(text).status).not.toBe('done');
    }
  });

  // Lines written for this test (not from any labelled file): an "ok" read by the rules as an
  // acknowledgement, before a result told in the past (households "nhận" it, the unit "đã dọn").
  it('takes the model done after an acknowledgement word where a result is told, not a receipt of a plan', () => {
    // Since round 41 the rules read households that "đều nhận … đủ rồi" as done themselves (those the work is for received it).
    expect(readByRules('Ok anh, 35 hộ trong xóm đều nhận gạo đủ rồi')).toMatchObject({ status: 'done', kind: 'report' });
    for (const text of ['ok chị, tụi em đã cắt cỏ quanh nhà văn hóa rồi']) {
      expect(readByRules(text).kind).toBe('acknowledgement');
      expect(clausesAllTell(text)).toBe(true);
      expect(readReply(text)).toMatchObject({ status: 'done', percent: 100 });
      expect(readWithSecondOpinion(text, { ...SECOND_OPINION_POLICY, takeDoneAbove: null, takeSureDoneAbove: null }).status).not.toBe('done');
    }
    // Since round 24 the rules read "đã dọn sạch … rồi" as done themselves (a result reached), with or without the "ok".
    expect(readByRules('ok chị, tụi em đã dọn sạch cỏ quanh nhà văn hóa rồi')).toMatchObject({ status: 'done', kind: 'report' });
    for (const text of ['Ok chị, em đã nhận được kế hoạch rồi ạ', 'ok anh']) expect(readReply(text)).toMatchObject({ status: 'none', kind: 'acknowledgement' });
  });
});
