import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCORED_BLIND_SETS, scoredBlindFiles, trainingFiles } from '../../../scripts/reply-model-files.ts';
import { freshModelJson, MODEL_PATH } from '../../../scripts/train-reply-model.ts';
import { FEATURE_OPTIONS, replyFeatures } from '../../../src/core/replies/model/features.ts';
import { decodeReplyModel, featureBucket, modelOpinion } from '../../../src/core/replies/model/reply-model.ts';
import { compactReplyModel, TRAINING_OPTIONS, trainReplyModel } from '../../../src/core/replies/model/train-reply-model.ts';

describe('reply model (trained second opinion)', () => {
  it('is committed exactly as a fresh training run on the labelled files makes it, so no stale weights ship', () => {
    expect(readFileSync(MODEL_PATH, 'utf8')).toBe(freshModelJson());
  });

  it('trains on a blind holdout only once it is scored: the listed sets, no other file under holdout-blind', () => {
    const trainedOn: string[] = JSON.parse(readFileSync(MODEL_PATH, 'utf8')).trainedOn.files;
    expect(trainedOn.length).toBeGreaterThan(20);
    expect(trainedOn.filter((file) => file.includes('blind'))).toEqual(scoredBlindFiles());
    expect(SCORED_BLIND_SETS).toContain('holdout-61');
    expect(SCORED_BLIND_SETS).toContain('holdout-62');
    expect(SCORED_BLIND_SETS).toContain('holdout-63');
    // holdout-64 was opened for the rules but left out of the training (it lowered the blind sets; Round 40)
    expect(SCORED_BLIND_SETS).not.toContain('holdout-64');
    expect(SCORED_BLIND_SETS).not.toContain('holdout-65');
    expect(SCORED_BLIND_SETS).not.toContain('holdout-66');
    expect(trainingFiles({ withScoredBlind: false }).filter((file) => file.includes('blind'))).toEqual([]);
  });

  it('trains deterministically: same lines, same weights', () => {
    const lines = [
      { text: 'Xong rồi anh', status: 'done' as const },
      { text: 'Chưa xong đâu anh, mới được một nửa', status: 'in_progress' as const },
      { text: 'Đang chờ lãnh đạo ký', status: 'blocked' as const },
    ];
    const options = { ...TRAINING_OPTIONS, buckets: 256, epochs: 3 };
    const trainedOn = { files: [], lines: 3 };
    expect(compactReplyModel(trainReplyModel(lines, options), trainedOn)).toEqual(compactReplyModel(trainReplyModel(lines, options), trainedOn));
  });

  it('balanced class weighting lets a rare status weigh as much as a common one', () => {
    const lines = [
      { text: 'Xong rồi anh', status: 'done' as const },
      { text: 'Đã xong hết', status: 'done' as const },
      { text: 'Hoàn thành rồi ạ', status: 'done' as const },
      { text: 'Đang chờ ký', status: 'blocked' as const },
    ];
    const read = (classWeighting: 'none' | 'balanced') =>
      modelOpinion(trainReplyModel(lines, { ...TRAINING_OPTIONS, buckets: 1024, epochs: 5, classWeighting }), 'anh ạ').probabilities.blocked;
    expect(read('balanced')).toBeGreaterThan(read('none'));
  });

  it('reads the features it was trained with, as the committed model records them', () => {
    const committed = JSON.parse(readFileSync(MODEL_PATH, 'utf8'));
    expect(committed.features).toEqual(FEATURE_OPTIONS);
    const withChars = { ...TRAINING_OPTIONS, buckets: 1024, epochs: 2, features: { ...FEATURE_OPTIONS, charGrams: [3] } };
    const model = trainReplyModel([{ text: 'Xong rồi anh', status: 'done' }], withChars);
    expect(model.features.charGrams).toEqual([3]);
    expect(decodeReplyModel(compactReplyModel(model, { files: [], lines: 1 })).features).toEqual(withChars.features);
  });

  it('reads words and pairs always, character n-grams, word triples and clause positions as asked', () => {
    const plain = replyFeatures('Đang chờ lãnh đạo ký', { charGrams: [], wordTrigrams: false, clausePosition: false, rulesReading: false });
    expect(plain).toContain('w:cho');
    expect(plain.some((f) => f.startsWith('c:') || f.startsWith('t:') || f.startsWith('l:'))).toBe(false);
    const all = replyFeatures('Đang chờ lãnh đạo ký', { charGrams: [3], wordTrigrams: true, clausePosition: true, rulesReading: false });
    expect(all).toEqual(expect.arrayContaining(['c:cho', 't:dang_cho_lanh', 'f:ky', 'l:ky']));
  });

  it('reads a plain done as done and a denied done as not done', () => {
    const model = decodeReplyModel(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
    const plain = modelOpinion(model, 'Dạ bên em xong rồi anh ạ');
    expect(plain.status).toBe('done');
    expect(plain.probabilities.done).toBeGreaterThan(0.8);
    expect(modelOpinion(model, 'Chưa xong đâu anh, mới được một nửa thôi').probabilities.done).toBeLessThan(0.15);
    const total = Object.values(plain.probabilities).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 9);
  });

  it('hashes a feature to the same bucket every time, within range', () => {
    expect(featureBucket('w:xong', 1 << 14)).toBe(featureBucket('w:xong', 1 << 14));
    expect(featureBucket('w:xong', 16)).toBeLessThan(16);
  });
  it('reads the rules reading beside the words only when stacked (rulesReading), whole tags and their families', () => {
    const rules = { status: 'done' as const, confidence: 0.92, kind: 'report' as const, reasons: ['done:xong', 'third_party_status'] };
    const stacked = replyFeatures('Xong rồi anh', { ...FEATURE_OPTIONS, rulesReading: true }, rules);
    expect(stacked).toEqual(
      expect.arrayContaining(['w:xong', 'r:s:done', 'r:k:report', 'r:c:high', 'r:sc:done_high', 'r:t:done:xong', 'r:f:done', 'r:t:third_party_status']),
    );
    expect(replyFeatures('Xong rồi anh', { ...FEATURE_OPTIONS, rulesReading: false }, rules).some((f) => f.startsWith('r:'))).toBe(false);
    expect(replyFeatures('Xong rồi anh', { ...FEATURE_OPTIONS, rulesReading: true }).some((f) => f.startsWith('r:'))).toBe(false);
  });
});
