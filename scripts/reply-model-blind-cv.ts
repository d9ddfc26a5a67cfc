/**
 * `npx tsx scripts/reply-model-blind-cv.ts [--sets 14,15,…] [--grid train|features|training|all] [--per-file] [--rules <read-reply.ts>]`:
 * leave-one-blind-set-out evaluation of the reply model beside the rules. For each held-out blind
 * set (holdout-blind/holdout-<n>.json, default 14–20) the model is trained on every labelled file
 * but that one, and the set is read by the current rules combined with that model under a grid of
 * policies. With `--grid train` (the default) the model is trained twice: on the files without any
 * blind set (the training set before round 19, "base") and on them plus the other scored blind sets;
 * the other grids vary the options, trained with the other blind sets.
 * The current rules were tuned on these sets, so the rules' own figures are optimistic; what this
 * measures is what the model adds to them on writers it has not seen. --rules reads with another
 * tree's rule reader instead (`git archive <commit> src/core | tar -x -C <dir>`, then
 * `--rules <dir>/src/core/replies/read-reply.ts`): with rules from before these sets were written,
 * the rules' figures are honest too.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FEATURE_OPTIONS, type FeatureOptions } from '../src/core/replies/model/features.ts';
import { type ModelOpinion, modelOpinion } from '../src/core/replies/model/reply-model.ts';
import {
  TRAINING_OPTIONS,
  type TrainingExample,
  type TrainingOptions,
  trainingExamples,
  trainOnExamples,
} from '../src/core/replies/model/train-reply-model.ts';
import { readReply as readByRules } from '../src/core/replies/read-reply.ts';
import { combineWithModel, type SecondOpinionPolicy } from '../src/core/replies/second-opinion.ts';
import { SECOND_OPINION_POLICY } from '../src/core/replies/second-opinion-switch.ts';
import type { ReplyReading } from '../src/core/replies/types.ts';
import { type LabelledFile, readTrainingFiles, scoredBlindFiles, trainingFiles } from './reply-model-files.ts';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: '14,15,16,17,18,19,20' },
    grid: { type: 'string', default: 'train' },
    'per-file': { type: 'boolean', default: false },
    rules: { type: 'string' },
  },
});
const readRules: (text: string) => ReplyReading = values.rules ? (await import(resolve(values.rules))).readReply : readByRules;

interface Config {
  name: string;
  options: TrainingOptions;
}
const withFeatures = (features: Partial<FeatureOptions>): TrainingOptions => ({ ...TRAINING_OPTIONS, features: { ...FEATURE_OPTIONS, ...features } });
/** The model's options before round 19: character 3–5-grams beside words and word pairs. */
const ROUND_18: TrainingOptions = withFeatures({ charGrams: [3, 4, 5] });
const GRIDS: Record<string, Config[]> = {
  train: [
    { name: 'shipped options', options: TRAINING_OPTIONS },
    { name: 'round 18 options (chars 3–5)', options: ROUND_18 },
  ],
  features: [
    { name: 'shipped options (no chars)', options: TRAINING_OPTIONS },
    { name: 'word trigrams', options: withFeatures({ wordTrigrams: true }) },
    { name: 'clause position', options: withFeatures({ clausePosition: true }) },
    { name: 'trigrams + position', options: withFeatures({ wordTrigrams: true, clausePosition: true }) },
    { name: 'chars 3–5 (round 18)', options: ROUND_18 },
    { name: 'chars 2–5', options: withFeatures({ charGrams: [2, 3, 4, 5] }) },
    { name: 'chars 3–4', options: withFeatures({ charGrams: [3, 4] }) },
    { name: 'chars 3–6', options: withFeatures({ charGrams: [3, 4, 5, 6] }) },
    { name: 'chars 3–5, trigrams + position', options: withFeatures({ charGrams: [3, 4, 5], wordTrigrams: true, clausePosition: true }) },
  ],
  training: [
    { name: 'shipped options', options: TRAINING_OPTIONS },
    { name: 'buckets 2^13', options: { ...TRAINING_OPTIONS, buckets: 1 << 13 } },
    { name: 'buckets 2^15', options: { ...TRAINING_OPTIONS, buckets: 1 << 15 } },
    { name: 'epochs 8', options: { ...TRAINING_OPTIONS, epochs: 8 } },
    { name: 'epochs 25', options: { ...TRAINING_OPTIONS, epochs: 25 } },
    { name: 'l2 1e-5', options: { ...TRAINING_OPTIONS, l2: 1e-5 } },
    { name: 'l2 3e-4', options: { ...TRAINING_OPTIONS, l2: 3e-4 } },
    { name: 'l2 1e-3', options: { ...TRAINING_OPTIONS, l2: 1e-3 } },
    { name: 'balanced classes', options: { ...TRAINING_OPTIONS, classWeighting: 'balanced' } },
  ],
};
GRIDS.all = [...(GRIDS.features ?? []), ...(GRIDS.training ?? []).slice(1)];
const configs = GRIDS[values.grid];
if (!configs) throw new Error(`--grid is one of ${Object.keys(GRIDS).join(', ')}`);

const VETOES = [null, 0.1, 0.15, 0.2, 0.3];
const OVERRIDES = [null, 0.6, 0.7, 0.8, 0.9];
const ADOPTS = [null, 0.8];
const policies: SecondOpinionPolicy[] = VETOES.flatMap((vetoDoneBelow) =>
  ADOPTS.flatMap((adoptAbove) => OVERRIDES.map((overrideAbove) => ({ vetoDoneBelow, adoptAbove, overrideAbove }))),
);
const policyName = (p: SecondOpinionPolicy) => `veto<${p.vetoDoneBelow ?? '-'} adopt≥${p.adoptAbove ?? '-'} override≥${p.overrideAbove ?? '-'}`;
const SHIPPED = policyName(SECOND_OPINION_POLICY);

const base = readTrainingFiles(trainingFiles({ withScoredBlind: false }));
const blind = readTrainingFiles(scoredBlindFiles());
const wanted = values.sets.split(',').map((n) => `holdout-${n.trim()}.json`);
const heldSets = blind.filter((f) => wanted.some((name) => f.file.endsWith(`/${name}`)));
const rulesOf = new Map<LabelledFile, ReplyReading[]>(heldSets.map((f) => [f, f.lines.map((line) => readRules(line.text))]));

interface Tally {
  n: number;
  correct: number;
  falseDone: number;
}
const short = (file: string) => file.replace(/^.*holdout-/, 'h').replace('.json', '');
const pct = (t: Tally) => `${((t.correct / t.n) * 100).toFixed(1)}%`;
const cell = (t: Tally) => `${pct(t)} ${t.falseDone}`;

/** Tallies per policy (and "rules alone", "model alone"), per held-out file. */
function evaluate(options: TrainingOptions, withBlind: boolean): Map<string, Map<string, Tally>> {
  const examplesOf = new Map<LabelledFile, TrainingExample[]>();
  for (const f of [...base, ...blind]) examplesOf.set(f, trainingExamples(f.lines, options));
  const out = new Map<string, Map<string, Tally>>();
  const count = (name: string, file: string, read: string, truth: string) => {
    const perFile = out.get(name) ?? new Map<string, Tally>();
    const t = perFile.get(file) ?? { n: 0, correct: 0, falseDone: 0 };
    t.n++;
    if (read === truth) t.correct++;
    if (read === 'done' && truth !== 'done') t.falseDone++;
    perFile.set(file, t);
    out.set(name, perFile);
  };
  for (const held of heldSets) {
    const training = [...base, ...(withBlind ? blind.filter((f) => f !== held) : [])];
    const model = trainOnExamples(
      training.flatMap((f) => examplesOf.get(f) ?? []),
      options,
    );
    const rules = rulesOf.get(held) ?? [];
    held.lines.forEach((line, i) => {
      const reading = rules[i] as ReplyReading;
      const opinion: ModelOpinion = modelOpinion(model, line.text);
      count('rules alone', held.file, reading.status, line.status);
      count('model alone', held.file, opinion.status, line.status);
      for (const policy of policies) count(policyName(policy), held.file, combineWithModel(reading, opinion, policy).status, line.status);
    });
  }
  return out;
}

function pooled(perFile: Map<string, Tally>): Tally {
  const t = { n: 0, correct: 0, falseDone: 0 };
  for (const f of perFile.values()) {
    t.n += f.n;
    t.correct += f.correct;
    t.falseDone += f.falseDone;
  }
  return t;
}

const files = heldSets.map((f) => f.file);
const header = `${'policy'.padEnd(40)} ${'pooled'.padStart(14)}  ${files.map((f) => short(f).padStart(10)).join(' ')}`;
for (const config of configs) {
  for (const withBlind of [false, true]) {
    if (values.grid !== 'train' && !withBlind) continue;
    const started = Date.now();
    const result = evaluate(config.options, withBlind);
    console.log(`\n## ${config.name}, trained on ${withBlind ? 'base + other blind sets' : 'base'} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    console.log(header);
    const rows = [...result.entries()].map(([name, perFile]) => ({ name, perFile, all: pooled(perFile) }));
    const fixed = rows.filter((r) => r.name === 'rules alone' || r.name === 'model alone' || r.name === SHIPPED);
    const best = rows
      .filter((r) => !fixed.includes(r))
      .sort((a, b) => b.all.correct - 3 * b.all.falseDone - (a.all.correct - 3 * a.all.falseDone))
      .slice(0, values['per-file'] ? 40 : 6);
    for (const r of [...fixed, ...best]) {
      const mark = r.name === SHIPPED ? ' ←' : '';
      console.log(
        `${(r.name + mark).padEnd(40)} ${`${r.all.correct}/${r.all.n} ${cell(r.all)}`.padStart(14)}  ${files.map((f) => cell(r.perFile.get(f) ?? { n: 1, correct: 0, falseDone: 0 }).padStart(10)).join(' ')}`,
      );
    }
  }
}
