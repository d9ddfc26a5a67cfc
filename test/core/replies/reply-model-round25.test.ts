import { describe, expect, it } from 'vitest';
import { BLIND_SET_WEIGHT, lineWeightOf, readTrainingFiles, scoredBlindFiles, trainingFiles } from '../../../scripts/reply-model-files.ts';
import { readReply } from '../../../src/core/replies/index.ts';
import { type ModelOpinion, modelOpinion } from '../../../src/core/replies/model/reply-model.ts';
import { TRAINING_OPTIONS, trainingExamples, trainReplyModel } from '../../../src/core/replies/model/train-reply-model.ts';
import { combineWithModel } from '../../../src/core/replies/second-opinion.ts';
import { SECOND_OPINION_POLICY } from '../../../src/core/replies/second-opinion-switch.ts';
import type { ReplyReading, ReplyStatus } from '../../../src/core/replies/types.ts';

describe('reply model, round 25: lines by real writers weigh more than class lines', () => {
  const options = { ...TRAINING_OPTIONS, buckets: 1024, epochs: 5 };
  const doneOver = (doneWeight: number) => {
    const { probabilities } = modelOpinion(
      trainReplyModel(
        [
          { text: 'Xong đợt một rồi anh', status: 'done', weight: doneWeight },
          { text: 'Xong đợt một rồi anh', status: 'in_progress' },
        ],
        options,
      ),
      'Xong đợt một rồi anh',
    );
    return probabilities.done - probabilities.in_progress;
  };

  it('weighs a line by its weight: of two lines alike with other statuses, the heavier one wins', () => {
    expect(doneOver(3)).toBeGreaterThan(0.2);
    expect(doneOver(1)).toBeLessThan(doneOver(3) - 0.2);
  });

  it('carries a line weight into its training example, and none for a line of weight 1 or none', () => {
    expect(trainingExamples([{ text: 'Xong rồi', status: 'done', weight: 3 }], options)[0]?.weight).toBe(3);
    expect(trainingExamples([{ text: 'Xong rồi', status: 'done', weight: 1 }], options)[0]?.weight).toBeUndefined();
    expect(trainingExamples([{ text: 'Xong rồi', status: 'done' }], options)[0]?.weight).toBeUndefined();
  });

  it('reads the lines of a scored blind set with BLIND_SET_WEIGHT and every other labelled line with 1', () => {
    expect(BLIND_SET_WEIGHT).toBeGreaterThan(1);
    const blind = scoredBlindFiles()[0] as string;
    const others = trainingFiles({ withScoredBlind: false });
    expect(lineWeightOf(blind)).toBe(BLIND_SET_WEIGHT);
    expect(others.map(lineWeightOf)).toEqual(others.map(() => 1));
    const [classLines, blindLines] = readTrainingFiles([others[0] as string, blind]);
    expect(new Set(classLines?.lines.map((l) => l.weight))).toEqual(new Set([1]));
    expect(new Set(blindLines?.lines.map((l) => l.weight))).toEqual(new Set([BLIND_SET_WEIGHT]));
  });
});

describe('the model and a done word the rules read as something else, round 25', () => {
  const sureDone: ModelOpinion = { status: 'done', probabilities: { not_started: 0, in_progress: 0.03, blocked: 0.02, done: 0.95, none: 0 } };
  const reading = (status: ReplyStatus, reasons: string[]): ReplyReading => ({ status, percent: null, note: '', confidence: 0.72, kind: 'report', reasons });
  const combined = (rules: ReplyReading) =>
    combineWithModel(
      rules,
      sureDone,
      SECOND_OPINION_POLICY,
      () => true,
      () => true,
    );

  it('takes no done over a finish the rules read as ahead ("dự kiến hoàn thành trước ngày 20/12") nor a ruin ("chết rồi, xong rồi")', () => {
    for (const rules of [
      reading('in_progress', ['activity:xay dung', 'done_ahead:expected', 'started']),
      reading('in_progress', ['done_ahead:se']),
      reading('blocked', ['lament', 'blocked']),
    ]) {
      const read = combined(rules);
      expect(read.status).toBe(rules.status);
      expect(read.reasons).not.toContain('model_reads_done');
      expect(read.reasons).not.toContain('model_sure_of_done');
    }
  });

  it('still takes the model done over a reading with no such tag', () => {
    expect(combined(reading('in_progress', ['activity:xay dung', 'started'])).status).toBe('done');
    expect(combined(reading('blocked', ['blocked'])).status).toBe('done');
  });

  it('through the public reader, neither class line is read done', () => {
    expect(readReply('Chết rồi anh ơi, xong rồi, hồ sơ bị ướt hết').status).not.toBe('done');
    const formal =
      'Kính gửi Ban chỉ đạo. Về nhiệm vụ được giao, đơn vị đã xây dựng kế hoạch, thành lập tổ công tác và tổ chức quán triệt; dự kiến hoàn thành trước ngày 20/12.';
    expect(readReply(formal).status).not.toBe('done');
  });
});
