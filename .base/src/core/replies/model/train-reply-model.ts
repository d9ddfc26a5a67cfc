import type { ReplyStatus } from '../types.ts';
import { type CompactReplyModel, hashedFeatures, MODEL_LABELS, type ReplyModel, softmax } from './reply-model.ts';

export interface TrainingLine {
  text: string;
  status: ReplyStatus;
}

export interface TrainingOptions {
  buckets: number;
  epochs: number;
  /** learning rate of the first epoch; it decays as 1/(1 + epoch/2) */
  rate: number;
  /** L2 penalty on the weights a step touches */
  l2: number;
}

export const TRAINING_OPTIONS: TrainingOptions = { buckets: 1 << 14, epochs: 15, rate: 0.5, l2: 1e-4 };

/** A fixed pseudo-random order (a linear congruential generator with a fixed seed): training is deterministic. */
function shuffledOrder(n: number, epoch: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = (0x2545f491 + epoch * 0x9e3779b1) >>> 0;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/**
 * Trains the reply model: multinomial logistic regression by stochastic gradient descent over the
 * hashed features of each labelled line, in a fixed order. Same lines, same options → same weights.
 */
export function trainReplyModel(lines: readonly TrainingLine[], options: TrainingOptions = TRAINING_OPTIONS): ReplyModel {
  const k = MODEL_LABELS.length;
  const weights = new Float64Array(options.buckets * k);
  const bias = new Array<number>(k).fill(0);
  const examples = lines.map((line) => ({ ...hashedFeatures(line.text, options.buckets), label: MODEL_LABELS.indexOf(line.status) }));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch / 2);
    for (const i of shuffledOrder(examples.length, epoch)) {
      const { indices, value, label } = examples[i] as (typeof examples)[number];
      const scores = bias.slice();
      for (const bucket of indices) for (let c = 0; c < k; c++) scores[c] = (scores[c] ?? 0) + (weights[bucket * k + c] ?? 0) * value;
      const probabilities = softmax(scores);
      for (let c = 0; c < k; c++) {
        const gradient = (probabilities[c] ?? 0) - (c === label ? 1 : 0);
        bias[c] = (bias[c] ?? 0) - rate * gradient * 0.1;
        for (const bucket of indices) {
          const at = bucket * k + c;
          const w = weights[at] ?? 0;
          weights[at] = w - rate * (gradient * value + options.l2 * w);
        }
      }
    }
  }
  return { buckets: options.buckets, labels: MODEL_LABELS, bias, weights };
}

/** The committed form: weights as signed bytes (base64) with one scale, bias to 4 decimals. */
export function compactReplyModel(model: ReplyModel, trainedOn: CompactReplyModel['trainedOn']): CompactReplyModel {
  let largest = 0;
  for (const w of model.weights) largest = Math.max(largest, Math.abs(w));
  const scale = Number((largest / 127 || 1).toPrecision(6));
  let binary = '';
  for (const w of model.weights) binary += String.fromCharCode(Math.max(-127, Math.min(127, Math.round(w / scale))) & 0xff);
  return {
    version: 1,
    buckets: model.buckets,
    labels: [...model.labels],
    scale,
    bias: model.bias.map((b) => Math.round(b * 10000) / 10000),
    weights: btoa(binary),
    trainedOn,
  };
}
