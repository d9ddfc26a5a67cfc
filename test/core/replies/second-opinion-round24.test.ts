import { describe, expect, it } from 'vitest';
import type { ModelOpinion } from '../../../src/core/replies/model/reply-model.ts';
import { combineWithModel } from '../../../src/core/replies/second-opinion.ts';
import { SECOND_OPINION_POLICY } from '../../../src/core/replies/second-opinion-switch.ts';
import type { ReplyReading, ReplyStatus } from '../../../src/core/replies/types.ts';

/** Issue 16, round 24: where the model does not overrule what the rules weighed (docs/replies.md). */
function opinion(status: ReplyStatus, probability: number, done = 0): ModelOpinion {
  const probabilities = { not_started: 0, in_progress: 0, blocked: 0, done, none: 0, [status]: probability };
  return { status, probabilities };
}

const reading = (status: ReplyStatus, reasons: string[]): ReplyReading => ({
  status,
  percent: status === 'done' ? 100 : null,
  note: '',
  confidence: 0.9,
  kind: 'report',
  reasons,
});

describe('the model and what the rules weighed, round 24', () => {
  it('does not veto a done read from a zero of what is left ("số hộ chưa kê khai: 0"), but still vetoes other dones', () => {
    const zero = reading('done', ['done:zero_left', 'done']);
    expect(combineWithModel(zero, opinion('not_started', 0.95, 0.01), SECOND_OPINION_POLICY).status).toBe('done');
    const plain = reading('done', ['done:xong', 'done']);
    expect(combineWithModel(plain, opinion('not_started', 0.95, 0.01), SECOND_OPINION_POLICY).status).toBe('not_started');
  });

  it('takes no done over a step the rules read as only reaching everyone ("đã thông báo cho toàn bộ 68 hộ")', () => {
    const notice = { ...reading('in_progress', ['reached_all:thong bao', 'started']), confidence: 0.7 };
    expect(combineWithModel(notice, opinion('done', 0.95, 0.95), SECOND_OPINION_POLICY)).toEqual(notice);
    const work = { ...reading('in_progress', ['activity:kiem tra', 'started']), confidence: 0.7 };
    expect(
      combineWithModel(
        work,
        opinion('done', 0.95, 0.95),
        SECOND_OPINION_POLICY,
        () => true,
        () => true,
      ).status,
    ).toBe('done');
  });

  it('does not turn a wait the rules weighed against a step not begun back into not started', () => {
    const weighed = reading('blocked', ['missing:quyet dinh', 'not_started:bat tay', 'blocked']);
    expect(combineWithModel(weighed, opinion('not_started', 0.9), SECOND_OPINION_POLICY).status).toBe('blocked');
    const waitOnly = reading('blocked', ['waiting:cho', 'blocked']);
    expect(combineWithModel(waitOnly, opinion('not_started', 0.9), SECOND_OPINION_POLICY).status).toBe('not_started');
  });
});
