/**
 * The labelled reply files the reply model is trained and cross-validated on: the class files, the
 * corpus and the numbered holdouts that are no longer blind. Never test/fixtures/replies/holdout-blind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrainingLine } from '../src/core/replies/model/train-reply-model.ts';
import { parseKey } from './reply-score.ts';

const ROOT = 'test/fixtures/replies';

export function trainingFiles(): string[] {
  const classes = readdirSync(join(ROOT, 'classes'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(ROOT, 'classes', f));
  const numbered = readdirSync(ROOT)
    .filter((f) => f === 'corpus.json' || /^holdout(-\d+)?\.json$/.test(f))
    .sort()
    .map((f) => join(ROOT, f));
  return [...classes, ...numbered];
}

export interface LabelledFile {
  file: string;
  lines: (TrainingLine & { percent: number | null })[];
}

export function readTrainingFiles(files: readonly string[] = trainingFiles()): LabelledFile[] {
  return files.map((file) => ({
    file,
    lines: parseKey(JSON.parse(readFileSync(file, 'utf8'))).map(({ text, status, percent }) => ({ text, status, percent })),
  }));
}
