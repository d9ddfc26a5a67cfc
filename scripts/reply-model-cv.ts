/**
 * `npx tsx scripts/reply-model-cv.ts [--rules <read-reply.ts>] [--only <name>…]`: leave-one-file-out
 * cross-validation of the reply model as a second opinion beside the rule reader, on the labelled
 * files of scripts/reply-model-files.ts (since round 19 with the scored blind sets; for those, see also
 * scripts/reply-model-blind-cv.ts). For each file the model is trained
 * on every other file and read on that one. Prints rules alone, model alone, and the rules combined
 * with the model under a grid of policies: accuracy, false done, and done lines asked about because
 * of a veto (done→ask). --rules reads with another tree's rule reader (an older commit's
 * src/core extracted with `git archive <commit> src/core | tar -x -C <dir>`), --only scores only the
 * files whose path contains the name (the model still trains on all the others).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { modelOpinion } from '../src/core/replies/model/reply-model.ts';
import { trainReplyModel } from '../src/core/replies/model/train-reply-model.ts';
import { readReply as rulesReader } from '../src/core/replies/read-reply.ts';
import { combineWithModel, type SecondOpinionPolicy } from '../src/core/replies/second-opinion.ts';
import { SECOND_OPINION_POLICY } from '../src/core/replies/second-opinion-switch.ts';
import type { ReplyReading } from '../src/core/replies/types.ts';
import { readTrainingFiles } from './reply-model-files.ts';

const { values } = parseArgs({ options: { rules: { type: 'string' }, only: { type: 'string', multiple: true } } });
const readRules: (text: string) => ReplyReading = values.rules ? (await import(resolve(values.rules))).readReply : rulesReader;

const VETOES = [null, 0.05, 0.1, 0.15, 0.2, 0.3];
const ADOPTS = [null, 0.7, 0.8, 0.9];
const OVERRIDES = [null, 0.7, 0.8, 0.9];
const policies: SecondOpinionPolicy[] = VETOES.flatMap((vetoDoneBelow) =>
  ADOPTS.flatMap((adoptAbove) =>
    OVERRIDES.map((overrideAbove) => ({
      vetoDoneBelow,
      adoptAbove,
      overrideAbove,
      askDoneAbove: null,
      takeDoneAbove: null,
      takeSureDoneAbove: null,
      sureOverPartAbove: null,
    })),
  ),
);

interface Tally {
  n: number;
  correct: number;
  falseDone: number;
  doneToAsk: number;
}
const empty = (): Tally => ({ n: 0, correct: 0, falseDone: 0, doneToAsk: 0 });
const tallies = new Map<string, Tally>();
const count = (name: string, read: string, truth: string, vetoedDone = false) => {
  const t = tallies.get(name) ?? empty();
  t.n++;
  if (read === truth) t.correct++;
  if (read === 'done' && truth !== 'done') t.falseDone++;
  if (vetoedDone && truth === 'done') t.doneToAsk++;
  tallies.set(name, t);
};
const policyName = (p: SecondOpinionPolicy) => `veto<${p.vetoDoneBelow ?? '-'} adopt≥${p.adoptAbove ?? '-'} override≥${p.overrideAbove ?? '-'}`;

const files = readTrainingFiles();
for (const held of files) {
  if (values.only && !values.only.some((name) => held.file.includes(name))) continue;
  const model = trainReplyModel(files.filter((f) => f !== held).flatMap((f) => f.lines));
  for (const line of held.lines) {
    const rules = readRules(line.text);
    const opinion = modelOpinion(model, line.text);
    count('rules alone', rules.status, line.status);
    count('model alone', opinion.status, line.status);
    for (const policy of policies) {
      const combined = combineWithModel(rules, opinion, policy);
      count(policyName(policy), combined.status, line.status, rules.status === 'done' && combined.status !== 'done');
    }
  }
}
const chosen = policyName(SECOND_OPINION_POLICY);
for (const [name, t] of tallies) {
  const mark = name === chosen ? '  ← shipped' : '';
  console.log(
    `${name.padEnd(22)} ${String(t.correct).padStart(4)}/${t.n} = ${((t.correct / t.n) * 100).toFixed(1)}%  false done ${t.falseDone}  done→ask ${t.doneToAsk}${mark}`,
  );
}
