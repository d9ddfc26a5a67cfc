import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/index.ts';
import type { ModelOpinion } from '../../../src/core/replies/model/reply-model.ts';
import { readReply as readByRules } from '../../../src/core/replies/read-reply.ts';
import { readWithSecondOpinion } from '../../../src/core/replies/read-with-model.ts';
import { ASK_DONE_CONFIDENCE, combineWithModel, type SecondOpinionPolicy } from '../../../src/core/replies/second-opinion.ts';
import { clausesAllTell, doneWouldPassGuard } from '../../../src/core/replies/second-opinion-done-guard.ts';
import { SECOND_OPINION_ENABLED, SECOND_OPINION_POLICY } from '../../../src/core/replies/second-opinion-switch.ts';
import { REPLY_CONFIDENCE_THRESHOLD, type ReplyReading, type ReplyStatus } from '../../../src/core/replies/types.ts';

const STATUSES: ReplyStatus[] = ['not_started', 'in_progress', 'blocked', 'done', 'none'];

function opinion(probabilities: Partial<Record<ReplyStatus, number>>): ModelOpinion {
  const full = { not_started: 0, in_progress: 0, blocked: 0, done: 0, none: 0, ...probabilities };
  const status = STATUSES.reduce((best, s) => (full[s] > full[best] ? s : best), 'none' as ReplyStatus);
  return { status, probabilities: full };
}

const rulesDone: ReplyReading = { status: 'done', percent: 100, note: 'Xong rồi anh', confidence: 0.92, kind: 'report', reasons: ['done:xong', 'done'] };
const NOTHING: SecondOpinionPolicy = {
  vetoDoneBelow: null,
  adoptAbove: null,
  overrideAbove: null,
  askDoneAbove: null,
  takeDoneAbove: null,
  takeSureDoneAbove: null,
  sureOverPartAbove: null,
};
const VETO_ONLY = { ...NOTHING, vetoDoneBelow: 0.15 };

describe('second opinion beside the rules', () => {
  it('vetoes a rules done the model is confident is not done: the bot asks (below the threshold) and stores nothing', () => {
    const read = combineWithModel(rulesDone, opinion({ in_progress: 0.9, done: 0.05, none: 0.05 }), VETO_ONLY);
    expect(read.status).toBe('in_progress');
    expect(read.percent).toBeNull();
    expect(read.confidence).toBeLessThan(REPLY_CONFIDENCE_THRESHOLD);
    expect(read.reasons).toContain('model_doubts_done');
  });

  it('keeps a rules done the model finds plausible', () => {
    expect(combineWithModel(rulesDone, opinion({ done: 0.3, in_progress: 0.7 }), VETO_ONLY)).toEqual(rulesDone);
  });

  it('does not veto a done the rules read after setting aside another task or a third party', () => {
    for (const aside of ['other_task', 'third_party_status']) {
      const rules = { ...rulesDone, reasons: ['done:xong', aside, 'done'] };
      expect(combineWithModel(rules, opinion({ in_progress: 0.99, done: 0.01 }), VETO_ONLY)).toEqual(rules);
    }
  });

  it('never makes a done of a reply the rules set aside as about another occasion, however sure the model is', () => {
    const otherYear: ReplyReading = { status: 'none', percent: null, note: 'x', confidence: 0.5, kind: 'unclear', reasons: ['done:xong', 'other_occasion'] };
    const sure = opinion({ done: 0.99, none: 0.01 });
    expect(
      combineWithModel(
        otherYear,
        sure,
        SECOND_OPINION_POLICY,
        () => true,
        () => true,
      ),
    ).toEqual(otherYear);
    // the same reading without the rules' reason is taken, so the reason is what keeps it
    expect(
      combineWithModel(
        { ...otherYear, reasons: ['done:xong'] },
        sure,
        SECOND_OPINION_POLICY,
        () => true,
        () => true,
      ).status,
    ).toBe('done');
  });

  it('makes a done only under takeDoneAbove past the done guard or takeSureDoneAbove where every clause tells, never for a question, whatever the policy', () => {
    const probability = fc.double({ min: 0, max: 1, noNaN: true });
    const threshold = fc.option(probability, { nil: null });
    fc.assert(
      fc.property(
        fc.constantFrom(...STATUSES.filter((s) => s !== 'done')),
        fc.constantFrom<ReplyReading['kind']>('report', 'question', 'acknowledgement', 'unclear'),
        probability,
        fc.dictionary(fc.constantFrom(...STATUSES), probability),
        fc.record({
          vetoDoneBelow: threshold,
          adoptAbove: threshold,
          overrideAbove: threshold,
          askDoneAbove: threshold,
          takeDoneAbove: threshold,
          takeSureDoneAbove: threshold,
          sureOverPartAbove: threshold,
        }),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        (status, kind, confidence, probabilities, policy, guardPasses, allTell, percent) => {
          const rules: ReplyReading = { status, percent, note: 'x', confidence, kind, reasons: [] };
          const model = opinion(probabilities);
          const read = combineWithModel(
            rules,
            model,
            policy,
            () => guardPasses,
            () => allTell,
          );
          if (read.status === 'done') {
            expect(kind).not.toBe('question');
            if (read.reasons.includes('model_reads_done')) {
              expect(guardPasses).toBe(true);
              expect(model.probabilities.done).toBeGreaterThanOrEqual(policy.takeDoneAbove ?? 2);
            } else {
              expect(read.reasons).toContain('model_sure_of_done');
              expect(allTell).toBe(true);
              expect(model.probabilities.done).toBeGreaterThanOrEqual(policy.takeSureDoneAbove ?? 2);
              // over a part done the rules read, only at sureOverPartAbove
              if (percent !== null && percent < 100) expect(model.probabilities.done).toBeGreaterThanOrEqual(policy.sureOverPartAbove ?? 2);
            }
          }
          const neither = { ...policy, takeDoneAbove: null, takeSureDoneAbove: null };
          expect(
            combineWithModel(
              rules,
              model,
              neither,
              () => true,
              () => true,
            ).status,
          ).not.toBe('done');
          expect(
            combineWithModel(
              rules,
              model,
              policy,
              () => false,
              () => false,
            ).status,
          ).not.toBe('done');
          // asking keeps the rules' status and stores nothing
          if (read.reasons.includes('model_suspects_done'))
            expect({ status: read.status, asked: read.confidence < REPLY_CONFIDENCE_THRESHOLD }).toEqual({ status, asked: true });
          const untouched = policy.overrideAbove === null && policy.askDoneAbove === null && policy.takeDoneAbove === null && policy.takeSureDoneAbove === null;
          if (confidence >= REPLY_CONFIDENCE_THRESHOLD && untouched) expect(read).toEqual(rules);
        },
      ),
    );
  });

  it('where allowed, takes the model status for an unsure rules reading, at the threshold, never done', () => {
    const unsure: ReplyReading = { status: 'none', percent: null, note: 'x', confidence: 0.3, kind: 'unclear', reasons: ['no_status_words'] };
    const policy = { ...NOTHING, adoptAbove: 0.8 };
    expect(combineWithModel(unsure, opinion({ blocked: 0.9, none: 0.1 }), policy)).toMatchObject({
      status: 'blocked',
      confidence: REPLY_CONFIDENCE_THRESHOLD,
      kind: 'report',
    });
    expect(combineWithModel(unsure, opinion({ done: 0.99, none: 0.01 }), policy)).toEqual(unsure);
    expect(combineWithModel(unsure, opinion({ blocked: 0.7, none: 0.3 }), policy)).toEqual(unsure);
  });

  it('where allowed, takes the model status over a confident rules reading that is not done, never a done', () => {
    const sure: ReplyReading = { status: 'in_progress', percent: 40, note: 'x', confidence: 0.9, kind: 'report', reasons: ['progress'] };
    const policy = { ...NOTHING, overrideAbove: 0.8 };
    // the share the rules read stays beside the blocker the model reads (round 42)
    expect(combineWithModel(sure, opinion({ blocked: 0.85, in_progress: 0.15 }), policy)).toMatchObject({
      status: 'blocked',
      percent: 40,
      reasons: ['progress', 'model_reads_blocked'],
    });
    expect(combineWithModel(sure, opinion({ not_started: 0.79, in_progress: 0.21 }), policy)).toEqual(sure);
    expect(combineWithModel(sure, opinion({ done: 0.95, in_progress: 0.05 }), policy)).toEqual(sure);
    expect(combineWithModel({ ...sure, status: 'done', percent: 100 }, opinion({ blocked: 0.9, done: 0.1 }), policy).status).toBe('done');
    // a reading the rules made by setting aside another task or someone else's status stays theirs
    const aside = { ...sure, status: 'none' as const, percent: null, reasons: ['third_party_status'] };
    expect(combineWithModel(aside, opinion({ in_progress: 0.95, none: 0.05 }), policy)).toEqual(aside);
  });

  it('as shipped since round 19, takes a non-done status the model gives 0.7 to, and not one it gives 0.65', () => {
    const sure: ReplyReading = { status: 'in_progress', percent: 40, note: 'x', confidence: 0.9, kind: 'report', reasons: ['progress'] };
    expect(combineWithModel(sure, opinion({ blocked: 0.72, in_progress: 0.28 }), SECOND_OPINION_POLICY).status).toBe('blocked');
    expect(combineWithModel(sure, opinion({ blocked: 0.65, in_progress: 0.35 }), SECOND_OPINION_POLICY)).toEqual(sure);
  });

  it('is wired behind readReply: a policy that vetoes every done turns the real model against a plain done', () => {
    const read = readWithSecondOpinion('Xong rồi anh', { ...NOTHING, vetoDoneBelow: 1.01 });
    expect(readByRules('Xong rồi anh').status).toBe('done');
    expect(read.status).not.toBe('done');
    expect(read.confidence).toBeLessThan(REPLY_CONFIDENCE_THRESHOLD);
  });

  it('with nothing allowed, or the switch off, is the rules reading exactly', () => {
    for (const text of ['Xong rồi anh', 'Đang làm được 60%', 'Chờ lãnh đạo ký', 'ok anh', '']) {
      expect(readWithSecondOpinion(text, NOTHING)).toEqual(readByRules(text));
      expect(readReply(text)).toEqual(SECOND_OPINION_ENABLED ? readWithSecondOpinion(text, SECOND_OPINION_POLICY) : readByRules(text));
    }
  });

  it('keeps a plain done a done through the public entry', () => {
    expect(readReply('Dạ bên em xong rồi anh ạ')).toMatchObject({ status: 'done', percent: 100 });
  });

  it('reads odd and very long input through the public entry without throwing, quickly', () => {
    const long = `Xong rồi anh. ${'Bên em đã rà soát xong từng hộ trên địa bàn. '.repeat(5000)}`;
    const started = performance.now();
    for (const text of [long, '__proto__ xong rồi', 'constructor', '✅', '']) expect(() => readReply(text)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  // Replies the rules (as of this model) read as a confident done; the model vetoes them. If the rules
  // learn one of these, pick another line the rules read as done and the model doubts. (Round 5: the
  // rules learned "mới có phần nháp" and "hoàn thành rồi chưa gửi đi được"; round 8, "mà còn lấn cấn".)
  it('vetoes real false dones of the rules through the public entry: the bot asks instead', () => {
    for (const text of ['Nộp rồi mà em còn lo lo']) {
      expect(readByRules(text).status).toBe('done');
      const read = readReply(text);
      expect(read.status).not.toBe('done');
      expect(read.percent).toBeNull();
      expect(read.confidence).toBeLessThan(REPLY_CONFIDENCE_THRESHOLD);
      expect(read.reasons).toContain('model_doubts_done');
    }
  });

  // Lines written for this test (not from any labelled file): a done told only by its result, which the
  // rules do not read as done; the model's done is taken (round 20, takeDoneAbove 0.9).
  it('takes the model done for a finish told by its result when no doubt of the rules fires', () => {
    for (const text of [
      'Dạ 52 hộ ở xóm Bãi đã được di dời lên trường học an toàn hết rồi ạ',
      'Dạ cả 14 điểm trường bên em đã mở cửa đón các cháu trở lại rồi ạ',
    ]) {
      expect(readByRules(text).status).not.toBe('done');
      expect(doneWouldPassGuard(text)).toBe(true);
      expect(readReply(text)).toMatchObject({ status: 'done', percent: 100, confidence: REPLY_CONFIDENCE_THRESHOLD });
      expect(readReply(text).reasons).toContain('model_reads_done');
    }
  });

  it('finds the rules doubts in a reply before the model may say done: question, relay, work left, request, another year', () => {
    for (const text of [
      'Dạ 52 hộ ở xóm Bãi đã được di dời lên trường học an toàn hết rồi ạ, anh xem còn sót hộ nào không?',
      'Bên xã Tân Phú báo 52 hộ ở xóm Bãi đã được di dời lên trường học an toàn hết rồi',
      '52 hộ đã được di dời an toàn, còn 3 hộ chưa chịu đi',
      'Đề nghị các thôn phát đủ thuốc cho các hộ trước thứ Sáu',
      'Năm ngoái bên em di dời hết 52 hộ an toàn',
      'Đợt 1 đã di dời xong 52 hộ, đợt 2 tuần sau mới làm',
      '',
    ]) {
      expect(doneWouldPassGuard(text)).toBe(false);
      expect(readReply(text).status).not.toBe('done');
    }
  });

  it('asks instead of storing a status the rules read when the model reads a done (round 20, askDoneAbove 0.5)', () => {
    // a done the model reads between the ask (0.5) and the take (0.9); "dọn sạch bùn" went past 0.9 in round 25 and is taken
    const text = 'Đội em đã dọn bùn ở 5 lớp học bị ngập';
    const rules = readByRules(text);
    expect(rules.status).not.toBe('done');
    expect(rules.confidence).toBeGreaterThanOrEqual(REPLY_CONFIDENCE_THRESHOLD);
    expect(readReply(text)).toMatchObject({ status: rules.status, confidence: ASK_DONE_CONFIDENCE });
    expect(readReply(text).reasons).toContain('model_suspects_done');
  });

  it('leaves a question as the rules read it, whatever the model says of a done, and asks about no acknowledgement', () => {
    const question: ReplyReading = { status: 'none', percent: null, note: 'x', confidence: 0.9, kind: 'question', reasons: [] };
    const policy = { ...NOTHING, askDoneAbove: 0.5, takeDoneAbove: 0.9, takeSureDoneAbove: 0.9, sureOverPartAbove: 0.95 };
    expect(
      combineWithModel(
        question,
        opinion({ done: 0.99, none: 0.01 }),
        policy,
        () => true,
        () => true,
      ),
    ).toEqual(question);
    const acknowledgement: ReplyReading = { ...question, kind: 'acknowledgement' };
    expect(combineWithModel(acknowledgement, opinion({ done: 0.8, none: 0.2 }), policy, () => true)).toEqual(acknowledgement);
  });
  // Lines written for this test (not from any labelled file): a done told with a count and "tổ 5" or
  // "lớp 6", numbered parts to the guard's words doubts, which the model is sure of (round 21,
  // takeSureDoneAbove 0.95).
  it('takes a done the model is sure of where every clause tells, though a words doubt of the guard fires', () => {
    for (const text of [
      'Dạ em đã cập nhật đủ dữ liệu dân cư cho 430 nhân khẩu của tổ 5 rồi ạ',
      'Trường em tuyển sinh lớp 6 xong xuôi, đủ 280 em theo chỉ tiêu giao',
    ]) {
      expect(readByRules(text).status).not.toBe('done');
      expect(doneWouldPassGuard(text)).toBe(false);
      expect(clausesAllTell(text)).toBe(true);
      expect(readReply(text)).toMatchObject({ status: 'done', percent: 100, confidence: REPLY_CONFIDENCE_THRESHOLD });
      expect(readReply(text).reasons).toContain('model_sure_of_done');
      expect(readWithSecondOpinion(text, { ...SECOND_OPINION_POLICY, takeSureDoneAbove: null }).status).not.toBe('done');
    }
  });

  it('takes no sure done where a clause asks, requests, relays or speaks of another task, nor below its threshold', () => {
    const rules: ReplyReading = { status: 'in_progress', percent: null, note: 'x', confidence: 0.45, kind: 'report', reasons: [] };
    const sure = opinion({ done: 0.99, in_progress: 0.01 });
    const policy = { ...NOTHING, takeSureDoneAbove: 0.9 };
    expect(
      combineWithModel(
        rules,
        sure,
        policy,
        () => false,
        () => true,
      ).reasons,
    ).toContain('model_sure_of_done');
    expect(
      combineWithModel(
        rules,
        sure,
        policy,
        () => false,
        () => false,
      ),
    ).toEqual(rules);
    expect(
      combineWithModel(
        rules,
        opinion({ done: 0.85, in_progress: 0.15 }),
        policy,
        () => false,
        () => true,
      ),
    ).toEqual(rules);
    for (const text of ['Bên xã Tân Phú báo đã nhập đủ dữ liệu cho 430 nhân khẩu rồi', 'Đã nhập đủ dữ liệu cho 430 nhân khẩu rồi hả anh?']) {
      expect(clausesAllTell(text)).toBe(false);
      expect(readReply(text).status).not.toBe('done');
    }
  });

  it('as shipped since round 21, vetoes a rules done the model gives less than 0.3, and keeps one it gives 0.3', () => {
    expect(combineWithModel(rulesDone, opinion({ done: 0.25, in_progress: 0.75 }), SECOND_OPINION_POLICY).reasons).toContain('model_doubts_done');
    expect(combineWithModel(rulesDone, opinion({ done: 0.3, in_progress: 0.7 }), SECOND_OPINION_POLICY)).toEqual(rulesDone);
  });
});
