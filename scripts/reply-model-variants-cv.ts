/**
 * `npx tsx scripts/reply-model-variants-cv.ts --cache <dir> [--sets 14,…] [--variants a,b] [--grid]`: leave one blind set
 * out, as reply-model-stack-cv.ts --words-only, for several ways of training the words model at once (features,
 * regularisation, file weights, bagging; VARIANTS below), each read through the shipped policy. It reads the
 * current rules' readings cached by reply-model-stack-cv.ts --cache <dir> (run that first). Round 25, docs/replies.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { modelOpinion, type ReplyModel } from '../src/core/replies/model/reply-model.ts';
import {
  TRAINING_OPTIONS,
  type TrainingExample,
  type TrainingOptions,
  trainingExamples,
  trainOnExamples,
} from '../src/core/replies/model/train-reply-model.ts';
import { combineWithModel, type SecondOpinionPolicy } from '../src/core/replies/second-opinion.ts';
import { clausesAllTell, doneWouldPassGuard } from '../src/core/replies/second-opinion-done-guard.ts';
import { SECOND_OPINION_POLICY } from '../src/core/replies/second-opinion-switch.ts';
import type { ReplyReading } from '../src/core/replies/types.ts';
import { countReading, emptyTally, TALLY_HEADER, tallyColumns } from './reply-cv-shared.ts';
import { type LabelledFile, lineWeightOf, readTrainingFiles, scoredBlindFiles, trainingFiles } from './reply-model-files.ts';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: '14,15,16,17,18,19,20,21,22,23,24,25,26' },
    cache: { type: 'string' },
    variants: { type: 'string', default: 'shipped,unweighted' },
    grid: { type: 'boolean', default: false },
  },
});

const files = readTrainingFiles([...trainingFiles({ withScoredBlind: false }), ...scoredBlindFiles()]);
const key = createHash('sha1')
  .update('current')
  .update(JSON.stringify(files.map((f) => f.lines.map((l) => l.text))))
  .digest('hex')
  .slice(0, 12);
const cached = join(values.cache ?? '', `readings-${key}.json`);
if (!values.cache || !existsSync(cached)) throw new Error(`run reply-model-stack-cv.ts --cache ${values.cache} first (${cached})`);
const stored = JSON.parse(readFileSync(cached, 'utf8')) as ReplyReading[][];
const readings = new Map(files.map((f, i) => [f, stored[i] ?? []]));
const wanted = values.sets.split(',').map((n) => `holdout-${n.trim()}.json`);
const heldSets = files.filter((f) => wanted.some((name) => f.file.endsWith(`/${name}`)));

interface Variant {
  options: TrainingOptions;
  /** a file's line weight (default: the shipped lineWeightOf) */
  fileWeight?: (file: string) => number;
  /** models trained on files left out in turn (every bags-th file from an offset), weights averaged */
  bags?: number;
}
const blind = (file: string) => file.includes('holdout-blind');
const withOptions = (more: Partial<TrainingOptions>): TrainingOptions => ({ ...TRAINING_OPTIONS, ...more });
const unweighted = () => 1;
/** Round 25's variants (docs/replies.md); `shipped` trains as scripts/train-reply-model.ts does (lineWeightOf). */
const VARIANTS: Record<string, Variant> = {
  shipped: { options: TRAINING_OPTIONS },
  unweighted: { options: TRAINING_OPTIONS, fileWeight: unweighted },
  b15: { options: withOptions({ buckets: 1 << 15 }), fileWeight: unweighted },
  l2lo: { options: withOptions({ l2: 3e-5 }), fileWeight: unweighted },
  l2hi: { options: withOptions({ l2: 3e-4 }), fileWeight: unweighted },
  ep8: { options: withOptions({ epochs: 8 }), fileWeight: unweighted },
  bal: { options: withOptions({ classWeighting: 'balanced' }), fileWeight: unweighted },
  class05: { options: TRAINING_OPTIONS, fileWeight: (f) => (f.includes('/classes/') ? 0.5 : 1) },
  bag5: { options: TRAINING_OPTIONS, fileWeight: unweighted, bags: 5 },
  blind15: { options: TRAINING_OPTIONS, fileWeight: (f) => (blind(f) ? 1.5 : 1) },
  blind2: { options: TRAINING_OPTIONS, fileWeight: (f) => (blind(f) ? 2 : 1) },
  blind3: { options: TRAINING_OPTIONS, fileWeight: (f) => (blind(f) ? 3 : 1) },
  blind5: { options: TRAINING_OPTIONS, fileWeight: (f) => (blind(f) ? 5 : 1) },
};

const guardMemo = new Map<string, boolean>();
const tellMemo = new Map<string, boolean>();
const memo = (m: Map<string, boolean>, text: string, f: (t: string) => boolean) => () => {
  let v = m.get(text);
  if (v === undefined) {
    v = f(text);
    m.set(text, v);
  }
  return v;
};

/** Averages the weights and biases of models trained alike: one model of the same size. */
function averaged(models: ReplyModel[]): ReplyModel {
  const first = models[0] as ReplyModel;
  const weights = new Float64Array(first.weights.length);
  for (const m of models) for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) + (m.weights[i] ?? 0) / models.length;
  const bias = first.bias.map((_, c) => models.reduce((s, m) => s + (m.bias[c] ?? 0), 0) / models.length);
  return { ...first, weights, bias };
}

const policies: [string, SecondOpinionPolicy][] = [['shipped', SECOND_OPINION_POLICY]];
if (values.grid)
  for (const veto of [0.2, 0.3, 0.4])
    for (const sure of [0.85, 0.9, 0.95])
      for (const over of [0.6, 0.7, 0.8])
        for (const take of [0.8, 0.9])
          policies.push([
            `veto<${veto} over≥${over} take≥${take} sure≥${sure}`,
            {
              ...SECOND_OPINION_POLICY,
              vetoDoneBelow: veto,
              overrideAbove: over,
              takeDoneAbove: take,
              takeSureDoneAbove: sure,
              sureOverPartAbove: Math.max(sure, 0.95),
            },
          ]);

const view = (r: ReplyReading) => ({ status: r.status, confidence: r.confidence, kind: r.kind, reasons: r.reasons });
console.log(`held: ${heldSets.length} sets`);
console.log(`${'variant'.padEnd(48)} ${TALLY_HEADER}   model alone`);
for (const name of values.variants.split(',')) {
  const variant = VARIANTS[name];
  if (!variant) throw new Error(`no variant ${name}`);
  const started = Date.now();
  const examples = new Map<LabelledFile, TrainingExample[]>(
    files.map((f) => {
      const w = (variant.fileWeight ?? lineWeightOf)(f.file);
      return [f, trainingExamples(f.lines, variant.options).map(({ weight: _, ...e }) => (w === 1 ? e : { ...e, weight: w }))];
    }),
  );
  const tallies = policies.map(() => emptyTally());
  const alone = emptyTally();
  for (const held of heldSets) {
    const others = files.filter((f) => f !== held);
    const bags = variant.bags ?? 1;
    const models = Array.from({ length: bags }, (_, b) =>
      trainOnExamples(
        others.filter((_, i) => bags === 1 || i % bags !== b).flatMap((f) => examples.get(f) ?? []),
        variant.options,
      ),
    );
    const model = bags === 1 ? (models[0] as ReplyModel) : averaged(models);
    const heldReadings = readings.get(held) ?? [];
    held.lines.forEach((line, i) => {
      const rules = heldReadings[i] as ReplyReading;
      const opinion = modelOpinion(model, line.text, view(rules));
      countReading(alone, opinion.status, line.status);
      const guard = memo(guardMemo, line.text, (t) => doneWouldPassGuard(t));
      const tell = memo(tellMemo, line.text, (t) => clausesAllTell(t));
      policies.forEach(([, policy], p) => {
        const read = combineWithModel(rules, opinion, policy, guard, tell);
        countReading(tallies[p] as (typeof tallies)[number], read.status, line.status, read.confidence, read.kind);
      });
    });
  }
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  const aloneText = `${alone.correct} (${alone.falseDone})`;
  console.log(`${`${name} shipped (${secs} s)`.padEnd(48)} ${tallyColumns(tallies[0] as (typeof tallies)[number])}   ${aloneText}`);
  if (values.grid) {
    const ranked = policies
      .map(([pname], p) => ({ pname, t: tallies[p] as (typeof tallies)[number] }))
      .slice(1)
      .sort((a, b) => b.t.correct - 10 * b.t.falseDone - (a.t.correct - 10 * a.t.falseDone))
      .slice(0, 5);
    for (const [pname, p] of policies.map(([n], i) => [n, i] as const))
      if (pname === 'veto<0.4 over≥0.6 take≥0.9 sure≥0.9' || pname === 'veto<0.3 over≥0.6 take≥0.9 sure≥0.9')
        ranked.push({ pname: `= ${pname}`, t: tallies[p] as (typeof tallies)[number] });
    for (const r of ranked) console.log(`  ${r.pname.padEnd(46)} ${tallyColumns(r.t)}`);
  }
}
