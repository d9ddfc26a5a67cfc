import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshModelJson, MODEL_PATH } from '../../../scripts/train-reply-model.ts';
import { decodeReplyModel, featureBucket, modelOpinion } from '../../../src/core/replies/model/reply-model.ts';
import { compactReplyModel, trainReplyModel } from '../../../src/core/replies/model/train-reply-model.ts';

describe('reply model (trained second opinion)', () => {
  it('is committed exactly as a fresh training run on the labelled files makes it, so no stale weights ship', () => {
    expect(readFileSync(MODEL_PATH, 'utf8')).toBe(freshModelJson());
  });

  it('never trains on the blind holdouts', () => {
    const trainedOn: string[] = JSON.parse(readFileSync(MODEL_PATH, 'utf8')).trainedOn.files;
    expect(trainedOn.length).toBeGreaterThan(20);
    expect(trainedOn.filter((file) => file.includes('blind'))).toEqual([]);
  });

  it('trains deterministically: same lines, same weights', () => {
    const lines = [
      { text: 'Xong rồi anh', status: 'done' as const },
      { text: 'Chưa xong đâu anh, mới được một nửa', status: 'in_progress' as const },
      { text: 'Đang chờ lãnh đạo ký', status: 'blocked' as const },
    ];
    const options = { buckets: 256, epochs: 3, rate: 0.5, l2: 1e-4 };
    const trainedOn = { files: [], lines: 3 };
    expect(compactReplyModel(trainReplyModel(lines, options), trainedOn)).toEqual(compactReplyModel(trainReplyModel(lines, options), trainedOn));
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
});
