/**
 * `npx tsx scripts/reply-model-cv.ts`: k-fold cross-validation of a small naive Bayes classifier
 * (folded words, word pairs, character 3-grams) as a second opinion beside the rule reader, on the
 * labelled reply corpora (never the blind holdout). Prints rules alone, model alone and the two
 * combined, per fold total: accuracy and false "done".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReply } from '../src/core/replies/index.ts';
import { foldVietnamese } from '../src/core/text/fold.ts';

type Label = 'not_started' | 'in_progress' | 'blocked' | 'done' | 'none';
const LABELS: Label[] = ['not_started', 'in_progress', 'blocked', 'done', 'none'];
interface Line {
  text: string;
  status: Label;
}

const ROOT = 'test/fixtures/replies';
const files = [
  ...readdirSync(join(ROOT, 'classes'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(ROOT, 'classes', f)),
  ...['corpus.json', 'holdout.json', 'holdout-2.json'].map((f) => join(ROOT, f)),
];
const lines: Line[] = files.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as Line[]).map(({ text, status }) => ({ text, status })));

function features(text: string): string[] {
  const folded = foldVietnamese(text).replace(/[^a-z0-9%/ ]+/g, ' ');
  const words = folded.split(' ').filter(Boolean);
  const out = words.map((w) => `w:${w}`);
  for (let i = 1; i < words.length; i++) out.push(`b:${words[i - 1]}_${words[i]}`);
  const padded = ` ${words.join(' ')} `;
  for (let i = 0; i + 3 <= padded.length; i++) out.push(`c:${padded.slice(i, i + 3)}`);
  return out;
}

interface Model {
  prior: Record<Label, number>;
  counts: Record<Label, Map<string, number>>;
  totals: Record<Label, number>;
  vocabulary: number;
}

function train(data: readonly Line[]): Model {
  const counts = Object.fromEntries(LABELS.map((l) => [l, new Map<string, number>()])) as Record<Label, Map<string, number>>;
  const totals = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  const docs = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  const vocabulary = new Set<string>();
  for (const { text, status } of data) {
    docs[status]++;
    for (const f of features(text)) {
      counts[status].set(f, (counts[status].get(f) ?? 0) + 1);
      totals[status]++;
      vocabulary.add(f);
    }
  }
  const prior = Object.fromEntries(LABELS.map((l) => [l, Math.log((docs[l] + 1) / (data.length + LABELS.length))])) as Record<Label, number>;
  return { prior, counts, totals, vocabulary: vocabulary.size };
}

function predict(model: Model, text: string): { label: Label; probability: number } {
  const fs = features(text);
  const scores = LABELS.map((l) => {
    let s = model.prior[l];
    for (const f of fs) s += Math.log(((model.counts[l].get(f) ?? 0) + 0.5) / (model.totals[l] + 0.5 * model.vocabulary));
    return s;
  });
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let i = 1; i < LABELS.length; i++) if ((exps[i] ?? 0) > (exps[best] ?? 0)) best = i;
  return { label: LABELS[best] as Label, probability: (exps[best] ?? 0) / sum };
}

const K = 10;
// Deterministic shuffle so folds mix classes and files.
const order = lines.map((_, i) => i).sort((a, b) => ((a * 7919) % 1009) - ((b * 7919) % 1009));
const tally: Record<'rules' | 'model' | 'combined' | 'combinedStrict', { correct: number; falseDone: number }> = {
  rules: { correct: 0, falseDone: 0 },
  model: { correct: 0, falseDone: 0 },
  combined: { correct: 0, falseDone: 0 },
  combinedStrict: { correct: 0, falseDone: 0 },
};
const score = (key: keyof typeof tally, predicted: string, truth: Label) => {
  if (predicted === truth) tally[key].correct++;
  if (predicted === 'done' && truth !== 'done') tally[key].falseDone++;
};
for (let fold = 0; fold < K; fold++) {
  const test = order.filter((_, i) => i % K === fold).map((i) => lines[i] as Line);
  const trainSet = order.filter((_, i) => i % K !== fold).map((i) => lines[i] as Line);
  const model = train(trainSet);
  for (const line of test) {
    const rules = readReply(line.text);
    const opinion = predict(model, line.text);
    score('rules', rules.status, line.status);
    score('model', opinion.label, line.status);
    // Second opinion where the rules are unsure or found no status words; never makes a "done".
    const unsure = rules.confidence < 0.6 || (rules.status === 'none' && rules.kind === 'unclear');
    const combined = unsure && opinion.label !== 'done' && opinion.probability >= 0.8 ? opinion.label : rules.status;
    score('combined', combined, line.status);
    // Stricter: only where the rules found no status words at all.
    const blank = rules.status === 'none' && rules.kind === 'unclear' && rules.reasons.includes('no_status_words');
    score('combinedStrict', blank && opinion.label !== 'done' && opinion.probability >= 0.9 ? opinion.label : rules.status, line.status);
  }
}
for (const [name, { correct, falseDone }] of Object.entries(tally)) {
  console.log(`${name.padEnd(15)} ${correct}/${lines.length} = ${((correct / lines.length) * 100).toFixed(1)}%  false done ${falseDone}`);
}
