import type { ReplyStatus } from '../types.ts';
import { FEATURE_OPTIONS, type FeatureOptions } from './features.ts';
import type { RulesView } from './rules-features.ts';
import { type CompactReplyModel, hashedFeatures, MODEL_LABELS, type ReplyModel, softmax } from './reply-model.ts';

export interface TrainingLine {
  text: string;
  status: ReplyStatus;
  /** the rules' reading of the text, read by a model stacked on the rules (FeatureOptions.rulesReading) */
  rules?: RulesView;
  /** how much the line weighs in training (1 unless said): lines by real writers count more than made-up class lines */
  weight?: number;
}

export interface TrainingOptions {
  buckets: number;
  epochs: number;
  /** learning rate of the first epoch; it decays as 1/(1 + epoch/2) */
  rate: number;
  /** L2 penalty on the weights a step touches */
  l2: number;
  /** the features read (the model carries them) */
  features: FeatureOptions;
  /** 'balanced': each line's step weighs (lines / statuses) / (lines of its status), so a rare status counts as a common one */
  classWeighting: 'none' | 'balanced';
}

export const TRAINING_OPTIONS: TrainingOptions = {
  buckets: 1 << 14,
  epochs: 15,
  rate: 0.5,
  l2: 1e-4,
  features: FEATURE_OPTIONS,
  classWeighting: 'none',
};

/** A labelled line as the trainer reads it: its hashed features and its status's row. */
export interface TrainingExample {
  indices: number[];
  value: number;
  label: number;
  /** how much this line's step weighs (TrainingLine.weight; 1 when absent) */
  weight?: number;
}

/** Lines as training examples; hashing is the costly part, so a caller training often does it once. */
export function trainingExamples(lines: readonly TrainingLine[], options: Pick<TrainingOptions, 'buckets' | 'features'>): TrainingExample[] {
  return lines.map((line) => {
    const example: TrainingExample = { ...hashedFeatures(line.text, options.buckets, options.features, line.rules), label: MODEL_LABELS.indexOf(line.status) };
    if (line.weight !== undefined && line.weight !== 1) example.weight = line.weight;
    return example;
  });
}

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
  return trainOnExamples(trainingExamples(lines, options), options);
}

/** Per-status step weights: all 1, or balanced so each status weighs as much in all as any other. */
function classWeights(examples: readonly TrainingExample[], k: number, weighting: TrainingOptions['classWeighting']): number[] {
  if (weighting === 'none') return new Array<number>(k).fill(1);
  const counts = new Array<number>(k).fill(0);
  for (const { label } of examples) counts[label] = (counts[label] ?? 0) + 1;
  const present = counts.filter((n) => n > 0).length;
  return counts.map((n) => (n > 0 ? examples.length / (present * n) : 1));
}

/** trainReplyModel on examples already hashed with `options.buckets` and `options.features`. */
export function trainOnExamples(examples: readonly TrainingExample[], options: TrainingOptions = TRAINING_OPTIONS): ReplyModel {
  const k = MODEL_LABELS.length;
  const weights = new Float64Array(options.buckets * k);
  const bias = new Array<number>(k).fill(0);
  const weightOf = classWeights(examples, k, options.classWeighting);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch / 2);
    for (const i of shuffledOrder(examples.length, epoch)) {
      const { indices, value, label } = examples[i] as TrainingExample;
      const step = rate * (weightOf[label] ?? 1) * (examples[i]?.weight ?? 1);
      const scores = bias.slice();
      for (const bucket of indices) for (let c = 0; c < k; c++) scores[c] = (scores[c] ?? 0) + (weights[bucket * k + c] ?? 0) * value;
      const probabilities = softmax(scores);
      for (let c = 0; c < k; c++) {
        const gradient = (probabilities[c] ?? 0) - (c === label ? 1 : 0);
        bias[c] = (bias[c] ?? 0) - step * gradient * 0.1;
        for (const bucket of indices) {
          const at = bucket * k + c;
          const w = weights[at] ?? 0;
          weights[at] = w - step * (gradient * value + options.l2 * w);
        }
      }
    }
  }
  return { buckets: options.buckets, labels: MODEL_LABELS, bias, weights, features: options.features };
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
    features: model.features,
    trainedOn,
  };
}
