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
 * `--grid done` asks what the model may do about dones the rules miss: with the shipped veto and
 * override, ask where the model's probability of done reaches T (`askDoneAbove`), or take its done
 * where it reaches T and the rules' done guard finds no doubt (`takeDoneAbove`; with --rules, the
 * guard of that tree). It prints right, false done, dones and non-dones asked about, asks per 100
 * replies and statuses stored wrong for each, against the shipped policy.
 */
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
import { doneWouldPassGuard } from '../src/core/replies/second-opinion-done-guard.ts';
import { SECOND_OPINION_POLICY } from '../src/core/replies/second-opinion-switch.ts';
import type { ReplyReading } from '../src/core/replies/types.ts';
import { countReading, emptyTally, guardPartsOf, pooled, rulesReaderOf, type Tally } from './reply-cv-shared.ts';
import { type LabelledFile, readTrainingFiles, scoredBlindFiles, trainingFiles } from './reply-model-files.ts';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: '14,15,16,17,18,19,20' },
    grid: { type: 'string', default: 'train' },
    'per-file': { type: 'boolean', default: false },
    rules: { type: 'string' },
    'show-taken': { type: 'boolean', default: false },
  },
});
const readRules: (text: string) => ReplyReading = values.rules ? await rulesReaderOf(values.rules) : readByRules;
const guardParts = values.rules ? await guardPartsOf(values.rules) : undefined;

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
GRIDS.done = [{ name: 'shipped options', options: TRAINING_OPTIONS }];
GRIDS.all = [...(GRIDS.features ?? []), ...(GRIDS.training ?? []).slice(1)];
const configs = GRIDS[values.grid];
if (!configs) throw new Error(`--grid is one of ${Object.keys(GRIDS).join(', ')}`);

const VETOES = [null, 0.1, 0.15, 0.2, 0.3];
const OVERRIDES = [null, 0.6, 0.7, 0.8, 0.9];
const ADOPTS = [null, 0.8];
const policies: SecondOpinionPolicy[] = VETOES.flatMap((vetoDoneBelow) =>
  ADOPTS.flatMap((adoptAbove) => OVERRIDES.map((overrideAbove) => ({ ...SECOND_OPINION_POLICY, vetoDoneBelow, adoptAbove, overrideAbove }))),
);
/** The other grids vary the veto, adopt and override; asking about and taking a done stay as shipped. */
const policyName = (p: SecondOpinionPolicy) => `veto<${p.vetoDoneBelow ?? '-'} adopt≥${p.adoptAbove ?? '-'} override≥${p.overrideAbove ?? '-'}`;
const SHIPPED = policyName(SECOND_OPINION_POLICY);

const ASK_DONE = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const TAKE_DONE = [0.8, 0.9, 0.95, 0.97, 0.99];
/** The shipped veto and override without the model's say on a done the rules miss: the policy before. */
const VETO_OVERRIDE: SecondOpinionPolicy = {
  ...SECOND_OPINION_POLICY,
  askDoneAbove: null,
  takeDoneAbove: null,
  takeSureDoneAbove: null,
  sureOverPartAbove: null,
};
const donePolicies: SecondOpinionPolicy[] = [
  VETO_OVERRIDE,
  ...ASK_DONE.map((askDoneAbove) => ({ ...VETO_OVERRIDE, askDoneAbove })),
  ...TAKE_DONE.map((takeDoneAbove) => ({ ...VETO_OVERRIDE, takeDoneAbove })),
  ...TAKE_DONE.map((takeDoneAbove) => ({ ...VETO_OVERRIDE, askDoneAbove: 0.5, takeDoneAbove })),
];
const donePolicyName = (p: SecondOpinionPolicy) => {
  const name = `${p.askDoneAbove === null ? '' : `ask≥${p.askDoneAbove} `}${p.takeDoneAbove === null ? '' : `take≥${p.takeDoneAbove}`}`.trim();
  const shipped = p.askDoneAbove === SECOND_OPINION_POLICY.askDoneAbove && p.takeDoneAbove === SECOND_OPINION_POLICY.takeDoneAbove;
  return `${name || 'veto + override only'}${shipped ? ' ←' : ''}`;
};

const base = readTrainingFiles(trainingFiles({ withScoredBlind: false }));
const blind = readTrainingFiles(scoredBlindFiles());
const wanted = values.sets.split(',').map((n) => `holdout-${n.trim()}.json`);
const heldSets = blind.filter((f) => wanted.some((name) => f.file.endsWith(`/${name}`)));
const rulesOf = new Map<LabelledFile, ReplyReading[]>(heldSets.map((f) => [f, f.lines.map((line) => readRules(line.text))]));

const short = (file: string) => file.replace(/^.*holdout-/, 'h').replace('.json', '');
const pct = (t: Tally) => `${((t.correct / t.n) * 100).toFixed(1)}%`;
const cell = (t: Tally) => `${pct(t)} ${t.falseDone}`;

/** Tallies per policy (and "rules alone", "model alone"), per held-out file. */
function evaluate(options: TrainingOptions, withBlind: boolean): Map<string, Map<string, Tally>> {
  const examplesOf = new Map<LabelledFile, TrainingExample[]>();
  for (const f of [...base, ...blind]) examplesOf.set(f, trainingExamples(f.lines, options));
  const out = new Map<string, Map<string, Tally>>();
  const count = (name: string, file: string, read: string, truth: string, confidence = 1, kind = 'report') => {
    const perFile = out.get(name) ?? new Map<string, Tally>();
    const t = perFile.get(file) ?? emptyTally();
    countReading(t, read, truth, confidence, kind);
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
      count('rules alone', held.file, reading.status, line.status, reading.confidence, reading.kind);
      count('model alone', held.file, opinion.status, line.status);
      if (values.grid === 'done') {
        const passes = () => doneWouldPassGuard(line.text, guardParts);
        for (const policy of donePolicies) {
          const read = combineWithModel(reading, opinion, policy, passes);
          count(donePolicyName(policy), held.file, read.status, line.status, read.confidence, read.kind);
        }
        // every done the model could take at the lowest threshold, with its probability, to see the margin
        const lowest = { ...VETO_OVERRIDE, takeDoneAbove: Math.min(...TAKE_DONE) };
        const modelDone = reading.status !== 'done' && opinion.probabilities.done >= lowest.takeDoneAbove;
        if (values['show-taken'] && modelDone && line.status !== 'done' && combineWithModel(reading, opinion, lowest, passes).status !== 'done') {
          console.log(`stopped p=${opinion.probabilities.done.toFixed(3)} ${short(held.file)} [${line.status}, rules ${reading.status} ${reading.kind}]`);
        }
        if (values['show-taken'] && modelDone && combineWithModel(reading, opinion, lowest, passes).status === 'done') {
          console.log(
            `taken ${line.status === 'done' ? 'right' : 'WRONG'} p=${opinion.probabilities.done.toFixed(3)} ${short(held.file)} [${line.status}, rules ${reading.status}] ${line.text}`,
          );
        }
        return;
      }
      const passes = () => doneWouldPassGuard(line.text, guardParts);
      for (const policy of policies) count(policyName(policy), held.file, combineWithModel(reading, opinion, policy, passes).status, line.status);
    });
  }
  return out;
}

/** `--grid done`: every policy, pooled, then right (false done) per set. */
function printDonePolicies(result: Map<string, Map<string, Tally>>): void {
  console.log(
    `${'reader'.padEnd(22)} ${'right'.padStart(12)} ${'false done'.padStart(10)} ${'done→ask'.padStart(8)} ${'other→ask'.padStart(9)} ${'asks/100'.padStart(8)} ${'report asks/100'.padStart(15)} ${'stored wrong'.padStart(12)}  ${files.map((f) => short(f).padStart(8)).join(' ')}`,
  );
  for (const [name, perFile] of result) {
    const t = pooled(perFile);
    const perSet = files.map((f) => {
      const s = perFile.get(f) ?? emptyTally();
      return `${s.correct}${s.falseDone ? ` (${s.falseDone})` : ''}`.padStart(8);
    });
    console.log(
      `${name.padEnd(22)} ${`${t.correct}/${t.n}`.padStart(12)} ${String(t.falseDone).padStart(10)} ${String(t.doneAsked).padStart(8)} ${String(t.otherAsked).padStart(9)} ${((100 * (t.doneAsked + t.otherAsked)) / t.n).toFixed(1).padStart(8)} ${((100 * t.reportAsked) / t.n).toFixed(1).padStart(15)} ${String(t.storedWrong).padStart(12)}  ${perSet.join(' ')}`,
    );
  }
}

const files = heldSets.map((f) => f.file);
const header = `${'policy'.padEnd(40)} ${'pooled'.padStart(14)}  ${files.map((f) => short(f).padStart(10)).join(' ')}`;
for (const config of configs) {
  for (const withBlind of [false, true]) {
    if (values.grid !== 'train' && !withBlind) continue;
    const started = Date.now();
    const result = evaluate(config.options, withBlind);
    console.log(`\n## ${config.name}, trained on ${withBlind ? 'base + other blind sets' : 'base'} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (values.grid === 'done') {
      printDonePolicies(result);
      continue;
    }
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
        `${(r.name + mark).padEnd(40)} ${`${r.all.correct}/${r.all.n} ${cell(r.all)}`.padStart(14)}  ${files.map((f) => cell(r.perFile.get(f) ?? { ...emptyTally(), n: 1 }).padStart(10)).join(' ')}`,
      );
    }
  }
}
