import type { ReplyStatus } from '../types.ts';
import { FEATURE_OPTIONS, type FeatureOptions, replyFeatures } from './features.ts';
import type { RulesView } from './rules-features.ts';

/** The statuses the model tells apart, in the order of its weight rows. */
export const MODEL_LABELS: readonly ReplyStatus[] = ['not_started', 'in_progress', 'blocked', 'done', 'none'];

/**
 * A trained reply model as committed (src/core/replies/model/reply-model.json): a multinomial
 * logistic regression over hashed features. `weights` is base64 of one signed byte per (bucket,
 * label), bucket-major; a weight is its byte × `scale`.
 */
export interface CompactReplyModel {
  version: 1;
  buckets: number;
  labels: ReplyStatus[];
  scale: number;
  bias: number[];
  weights: string;
  /** the features it reads (rulesReading is absent from a model committed before round 21) */
  features: Omit<FeatureOptions, 'rulesReading'> & { rulesReading?: boolean };
  /** how it was trained, for the record: files, lines, epochs, regularisation */
  trainedOn: { files: string[]; lines: number };
}

/** A model ready to read: weights decoded once. */
export interface ReplyModel {
  buckets: number;
  labels: readonly ReplyStatus[];
  bias: readonly number[];
  /** bucket-major: weights[bucket * labels.length + label] */
  weights: Float64Array;
  features: FeatureOptions;
}

export interface ModelOpinion {
  /** the most probable status */
  status: ReplyStatus;
  /** probability of each status, 0..1, summing to 1 */
  probabilities: Record<ReplyStatus, number>;
}

/** FNV-1a, 32 bits: a feature's bucket. */
export function featureBucket(feature: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/** A reply's features as distinct buckets, each with the value 1/√(count) so long replies weigh as short ones. */
export function hashedFeatures(
  text: string,
  buckets: number,
  features: FeatureOptions = FEATURE_OPTIONS,
  rules?: RulesView,
): { indices: number[]; value: number } {
  const indices = [...new Set(replyFeatures(text, features, rules).map((f) => featureBucket(f, buckets)))].sort((a, b) => a - b);
  return { indices, value: 1 / Math.sqrt(indices.length) };
}

export function decodeReplyModel(compact: CompactReplyModel): ReplyModel {
  const bytes = Uint8Array.from(atob(compact.weights), (c) => c.charCodeAt(0));
  const weights = new Float64Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = (((bytes[i] ?? 0) << 24) >> 24) * compact.scale;
  // a model committed before round 21 records no rulesReading: it reads words only
  const features = { ...compact.features, rulesReading: compact.features.rulesReading ?? false };
  return { buckets: compact.buckets, labels: compact.labels, bias: compact.bias, weights, features };
}

/** Softmax of the scores, in place-safe form. */
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** What the model reads in a reply (and, for a model stacked on the rules, in their reading of it). Pure and deterministic. */
export function modelOpinion(model: ReplyModel, text: string, rules?: RulesView): ModelOpinion {
  const { indices, value } = hashedFeatures(text, model.buckets, model.features, rules);
  const k = model.labels.length;
  const scores = model.bias.slice();
  for (const bucket of indices) {
    for (let label = 0; label < k; label++) scores[label] = (scores[label] ?? 0) + (model.weights[bucket * k + label] ?? 0) * value;
  }
  const probabilities = softmax(scores);
  let best = 0;
  for (let label = 1; label < k; label++) if ((probabilities[label] ?? 0) > (probabilities[best] ?? 0)) best = label;
  const byStatus = { not_started: 0, in_progress: 0, blocked: 0, done: 0, none: 0 };
  model.labels.forEach((status, label) => {
    byStatus[status] = probabilities[label] ?? 0;
  });
  return { status: model.labels[best] ?? 'none', probabilities: byStatus };
}
