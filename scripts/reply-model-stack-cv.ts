/**
 * `npx tsx scripts/reply-model-stack-cv.ts [--sets 14,…,26] [--rules <read-reply.ts>] [--cache <dir>] [--per-set]`:
 * leave-one-blind-set-out evaluation of the reply model stacked on the rules (round 21,
 * docs/replies.md). For each held-out blind set the model is trained on every other labelled file and
 * the set is read by the rules of --rules (default the current tree, tuned on these sets) combined
 * with that model under a grid of policies. Three models:
 * - "words": the model as before round 21, words and word pairs only;
 * - "stacked, trained on current rules": the rules' reading as features too, the training lines read
 *   by the current rules (which were tuned on them, so they look better there than on a new writer):
 *   how the shipped model is trained;
 * - "stacked, trained on --rules": the training lines read by the --rules tree, the same reader as the
 *   held set (with an old tree, honest on the blind sets it never saw).
 * The held set is always read by the --rules tree, and its done guard is that tree's too.
 * --words-only runs the first model alone (the policy grid). --show-missed lists each line the shipped policy reads done where it is not, or
 * not done where it is, with the model's probability of done and whether clausesAllTell / the done guard pass. --cache keeps each tree's readings of the labelled lines in <dir> (they take a minute or two).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FEATURE_OPTIONS } from '../src/core/replies/model/features.ts';
import { modelOpinion } from '../src/core/replies/model/reply-model.ts';
import type { RulesView } from '../src/core/replies/model/rules-features.ts';
import { TRAINING_OPTIONS, type TrainingOptions, trainingExamples, trainOnExamples } from '../src/core/replies/model/train-reply-model.ts';
import { readReply as readByCurrentRules } from '../src/core/replies/read-reply.ts';
import { combineWithModel, type SecondOpinionPolicy } from '../src/core/replies/second-opinion.ts';
import { clausesAllTell, doneWouldPassGuard } from '../src/core/replies/second-opinion-done-guard.ts';
import { SECOND_OPINION_POLICY } from '../src/core/replies/second-opinion-switch.ts';
import { REPLY_CONFIDENCE_THRESHOLD, type ReplyReading } from '../src/core/replies/types.ts';
import { countReading, emptyTally, guardPartsOf, pooled, rulesReaderOf, TALLY_HEADER, type Tally, tallyColumns } from './reply-cv-shared.ts';
import { type LabelledFile, readTrainingFiles, scoredBlindFiles, trainingFiles } from './reply-model-files.ts';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: '14,15,16,17,18,19,20,21,22,23,24,25,26' },
    rules: { type: 'string' },
    cache: { type: 'string' },
    'per-set': { type: 'boolean', default: false },
    top: { type: 'string', default: '12' },
    'words-only': { type: 'boolean', default: false },
    'show-missed': { type: 'boolean', default: false },
  },
});

const files = readTrainingFiles([...trainingFiles({ withScoredBlind: false }), ...scoredBlindFiles()]);
const wanted = values.sets.split(',').map((n) => `holdout-${n.trim()}.json`);
const heldSets = files.filter((f) => wanted.some((name) => f.file.endsWith(`/${name}`)));

const view = (r: ReplyReading): RulesView => ({ status: r.status, confidence: r.confidence, kind: r.kind, reasons: r.reasons });
/** Every labelled line's reading by one tree's rules, per file (cached under --cache, keyed by the tree and the lines). */
function readAll(name: string, read: (text: string) => ReplyReading): Map<LabelledFile, ReplyReading[]> {
  const key = createHash('sha1')
    .update(name)
    .update(JSON.stringify(files.map((f) => f.lines.map((l) => l.text))))
    .digest('hex')
    .slice(0, 12);
  const cached = values.cache ? join(values.cache, `readings-${key}.json`) : null;
  if (cached && existsSync(cached)) {
    const stored = JSON.parse(readFileSync(cached, 'utf8')) as ReplyReading[][];
    return new Map(files.map((f, i) => [f, stored[i] ?? []]));
  }
  const readings = files.map((f) => f.lines.map((l) => read(l.text)));
  if (cached && values.cache) {
    mkdirSync(values.cache, { recursive: true });
    writeFileSync(cached, JSON.stringify(readings));
  }
  return new Map(files.map((f, i) => [f, readings[i] ?? []]));
}

const testRulesName = values.rules ? resolve(values.rules) : 'current';
const current = readAll('current', readByCurrentRules);
const tested = values.rules ? readAll(testRulesName, await rulesReaderOf(values.rules)) : current;
const guardParts = values.rules ? await guardPartsOf(values.rules) : undefined;

const STACKED: TrainingOptions = { ...TRAINING_OPTIONS, features: { ...FEATURE_OPTIONS, rulesReading: true } };
const WORDS: TrainingOptions = { ...TRAINING_OPTIONS, features: { ...FEATURE_OPTIONS, rulesReading: false } };
const models: { name: string; options: TrainingOptions; trainReadings: Map<LabelledFile, ReplyReading[]> }[] = [
  { name: 'words', options: WORDS, trainReadings: current },
  { name: 'stacked, trained on current rules', options: STACKED, trainReadings: current },
  ...(values.rules ? [{ name: 'stacked, trained on --rules', options: STACKED, trainReadings: tested }] : []),
].slice(0, values['words-only'] ? 1 : 3);

// a sure done over a part done the rules read: as sure as elsewhere (before round 22), or at least 0.95
const policies: SecondOpinionPolicy[] = [];
for (const vetoDoneBelow of [0.15, 0.3, 0.4])
  for (const overrideAbove of [0.5, 0.6, 0.7, 0.8])
    for (const askDoneAbove of [null, 0.5])
      for (const takeDoneAbove of [null, 0.8, 0.9])
        for (const takeSureDoneAbove of [null, 0.9, 0.95, 0.97])
          for (const sureOverPartAbove of new Set([takeSureDoneAbove, takeSureDoneAbove === null ? null : Math.max(takeSureDoneAbove, 0.95)]))
            policies.push({ vetoDoneBelow, adoptAbove: null, overrideAbove, askDoneAbove, takeDoneAbove, takeSureDoneAbove, sureOverPartAbove });
const policyName = (p: SecondOpinionPolicy) =>
  `veto<${p.vetoDoneBelow} over≥${p.overrideAbove} ask≥${p.askDoneAbove ?? '-'} take≥${p.takeDoneAbove ?? '-'} sure≥${p.takeSureDoneAbove ?? '-'}${p.sureOverPartAbove !== p.takeSureDoneAbove ? ` part≥${p.sureOverPartAbove}` : ''}`;
const SHIPPED = policyName(SECOND_OPINION_POLICY);

const short = (file: string) => file.replace(/^.*holdout-/, 'h').replace('.json', '');
console.log(`held: ${heldSets.map((f) => short(f.file)).join(' ')}; held sets read by ${testRulesName}`);
for (const model of models) {
  const started = Date.now();
  const examples = new Map(
    files.map((f) => {
      const readings = model.trainReadings.get(f) ?? [];
      return [
        f,
        trainingExamples(
          f.lines.map((l, i) => ({ ...l, rules: view(readings[i] as ReplyReading) })),
          model.options,
        ),
      ] as const;
    }),
  );
  const tallies = new Map<string, Map<string, Tally>>();
  const count = (name: string, file: string, read: ReplyReading | { status: string; confidence?: number; kind?: string }, truth: string) => {
    const perFile = tallies.get(name) ?? new Map<string, Tally>();
    const t = perFile.get(file) ?? emptyTally();
    countReading(t, read.status, truth, read.confidence ?? 1, read.kind ?? 'report');
    perFile.set(file, t);
    tallies.set(name, perFile);
  };
  for (const held of heldSets) {
    const trained = trainOnExamples(
      files.filter((f) => f !== held).flatMap((f) => examples.get(f) ?? []),
      model.options,
    );
    const readings = tested.get(held) ?? [];
    held.lines.forEach((line, i) => {
      const rules = readings[i] as ReplyReading;
      const opinion = modelOpinion(trained, line.text, view(rules));
      count('rules alone', held.file, rules, line.status);
      count('model alone', held.file, { status: opinion.status }, line.status);
      let passes: boolean | undefined;
      let tell: boolean | undefined;
      const guard = () => {
        passes ??= doneWouldPassGuard(line.text, guardParts);
        return passes;
      };
      const allTell = () => {
        tell ??= clausesAllTell(line.text, guardParts);
        return tell;
      };
      for (const policy of policies) count(policyName(policy), held.file, combineWithModel(rules, opinion, policy, guard, allTell), line.status);
      const shipped = combineWithModel(rules, opinion, SECOND_OPINION_POLICY, guard, allTell);
      if (values['show-missed'] && model === models[0] && (line.status === 'done') !== (shipped.status === 'done')) {
        const how = `${shipped.status} ${shipped.confidence < REPLY_CONFIDENCE_THRESHOLD ? 'asked' : 'stored'}`;
        console.log(
          `missed ${short(held.file)} p=${opinion.probabilities.done.toFixed(3)} [${line.status} → ${how}; tell ${allTell()} guard ${guard()}] ${line.text.replace(/\n/g, ' ')}`,
        );
      }
    });
  }
  console.log(`\n## ${model.name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  console.log(`${'reader'.padEnd(44)} ${TALLY_HEADER}${values['per-set'] ? `  ${heldSets.map((f) => short(f.file).padStart(7)).join(' ')}` : ''}`);
  const rows = [...tallies.entries()].map(([name, perFile]) => ({ name, perFile, all: pooled(perFile) }));
  const fixed = rows.filter((r) => r.name === 'rules alone' || r.name === 'model alone' || r.name === SHIPPED);
  const best = rows
    .filter((r) => !fixed.includes(r))
    .sort((a, b) => b.all.correct - 10 * b.all.falseDone - 0.1 * b.all.storedWrong - (a.all.correct - 10 * a.all.falseDone - 0.1 * a.all.storedWrong))
    .slice(0, Number(values.top));
  for (const r of [...fixed, ...best]) {
    const perSet = heldSets.map((f) => {
      const s = r.perFile.get(f.file) ?? emptyTally();
      return `${s.correct}${s.falseDone ? `(${s.falseDone})` : ''}`.padStart(7);
    });
    console.log(`${(r.name + (r.name === SHIPPED ? ' ←' : '')).padEnd(44)} ${tallyColumns(r.all)}${values['per-set'] ? `  ${perSet.join(' ')}` : ''}`);
  }
}
