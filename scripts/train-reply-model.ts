/**
 * `npx tsx scripts/train-reply-model.ts`: trains the reply model on the labelled files of
 * scripts/reply-model-files.ts (blind holdouts only once scored, SCORED_BLIND_SETS) and writes src/core/replies/model/reply-model.json.
 * Run it after changing a labelled file or the model's code; test/core/replies/reply-model.test.ts
 * fails while the committed weights differ from a fresh training run.
 */
import { writeFileSync } from 'node:fs';
import { compactReplyModel, TRAINING_OPTIONS, trainReplyModel } from '../src/core/replies/model/train-reply-model.ts';
import { readReply as readByRules } from '../src/core/replies/read-reply.ts';
import { readTrainingFiles } from './reply-model-files.ts';

export const MODEL_PATH = 'src/core/replies/model/reply-model.json';

/** The committed model as a fresh training run makes it, as the JSON text written to MODEL_PATH. */
export function freshModelJson(): string {
  const files = readTrainingFiles();
  // a model stacked on the rules learns from the current rules' reading of each line (docs/replies.md, round 21)
  const stacked = TRAINING_OPTIONS.features.rulesReading;
  const lines = files.flatMap((f) => f.lines).map((line) => (stacked ? { ...line, rules: readByRules(line.text) } : line));
  const compact = compactReplyModel(trainReplyModel(lines), { files: files.map((f) => f.file), lines: lines.length });
  return `${JSON.stringify(compact)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(MODEL_PATH, freshModelJson());
  process.stdout.write(`wrote ${MODEL_PATH}\n`);
}
