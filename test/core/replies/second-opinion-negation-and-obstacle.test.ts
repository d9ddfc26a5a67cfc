import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/index.ts';
import type { ModelOpinion } from '../../../src/core/replies/model/reply-model.ts';
import { combineWithModel } from '../../../src/core/replies/second-opinion.ts';
import { SECOND_OPINION_POLICY } from '../../../src/core/replies/second-opinion-switch.ts';
import type { ReplyReading } from '../../../src/core/replies/types.ts';

const opinion = (probabilities: Partial<ModelOpinion['probabilities']>): ModelOpinion => {
  const full = { not_started: 0, in_progress: 0, blocked: 0, done: 0, none: 0, ...probabilities };
  const status = (Object.keys(full) as (keyof typeof full)[]).reduce((a, b) => (full[a] >= full[b] ? a : b));
  return { status, probabilities: full };
};
const tells = () => true;

/** QA: the model's opinion overrode a negation of completion and a named obstacle the rules had read. */
describe('the model does not override what the reply itself says', () => {
  it('no sure done beside a negation of completion the rules read', () => {
    const rules: ReplyReading = {
      status: 'in_progress',
      percent: null,
      note: 'đã đạt 100% chỉ tiêu tuyên truyền nhưng chưa xong hết',
      confidence: 0.5,
      kind: 'report',
      reasons: ['done_negated', 'hundred_but_unfinished'],
    };
    expect(combineWithModel(rules, opinion({ done: 0.97, in_progress: 0.03 }), SECOND_OPINION_POLICY, () => false, tells).status).not.toBe('done');
    expect(readReply('đã đạt 100% chỉ tiêu tuyên truyền nhưng chưa xong hết').status).not.toBe('done');
  });

  it('an obstacle standing now after the progress stays a blocker, with its percent', () => {
    for (const text of [
      'dạ bên em đã triển khai được khoảng 40% rồi ạ, nhưng đang vướng kinh phí',
      'đã làm 50% nhưng đang vướng thủ tục',
      'được 60% rồi mà giờ kẹt vì thiếu xe',
    ]) {
      expect(readReply(text), text).toMatchObject({ status: 'blocked' });
    }
    expect(readReply('dạ bên em đã triển khai được khoảng 40% rồi ạ, nhưng đang vướng kinh phí').percent).toBe(40);
  });

  it('a snag only supposed is still left to the model', () => {
    const rules: ReplyReading = {
      status: 'blocked',
      percent: null,
      note: 'Bên em đang triển khai bình thường, vướng gì em nhắn anh liền',
      confidence: 0.9,
      kind: 'report',
      reasons: ['problem:vuong', 'blocked'],
    };
    expect(combineWithModel(rules, opinion({ in_progress: 0.85, blocked: 0.15 }), SECOND_OPINION_POLICY).status).toBe('in_progress');
  });
});
