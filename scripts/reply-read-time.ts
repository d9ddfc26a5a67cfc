/**
 * `npx tsx scripts/reply-read-time.ts [--file <key.json>] [--times 20] [--reader <index.ts>]`: the
 * cost of one read, in µs of wall time, with the shipped reader (rules and model), the rules alone and
 * the model alone, over every line of a labelled file read `--times` times after one warm-up pass; the
 * fastest of three such runs, as the machine may be busy with other work. --reader
 * reads with another tree's src/core/replies/index.ts (extracted with `git archive <commit> src/core |
 * tar -x -C <dir>`), to compare before and after a change on the same machine.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readReply as shippedReader } from '../src/core/replies/index.ts';
import * as shippedModelCode from '../src/core/replies/model/reply-model.ts';
import shippedModelJson from '../src/core/replies/model/reply-model.json' with { type: 'json' };
import { readReply as shippedRules } from '../src/core/replies/read-reply.ts';
import type { ReplyReading } from '../src/core/replies/types.ts';
import { parseKey } from './reply-score.ts';

const { values } = parseArgs({
  options: {
    file: { type: 'string', default: 'test/fixtures/replies/holdout-blind/holdout-14.json' },
    times: { type: 'string', default: '20' },
    reader: { type: 'string' },
  },
});
type Reader = (text: string) => ReplyReading;
const reader: Reader = values.reader ? (await import(resolve(values.reader))).readReply : shippedReader;
const rules: Reader = values.reader ? (await import(resolve(join(dirname(values.reader), 'read-reply.ts')))).readReply : shippedRules;
const dir = values.reader ? dirname(resolve(values.reader)) : '';
const modelCode: typeof shippedModelCode = values.reader ? await import(join(dir, 'model/reply-model.ts')) : shippedModelCode;
const modelJson = values.reader ? (await import(join(dir, 'model/reply-model.json'), { with: { type: 'json' } })).default : shippedModelJson;
const model = modelCode.decodeReplyModel(modelJson);
const modelReader = (text: string) => modelCode.modelOpinion(model, text);
const texts = parseKey(JSON.parse(readFileSync(values.file, 'utf8'))).map((line) => line.text);
const times = Number(values.times);

function microsPerRead(read: (text: string) => unknown): number {
  for (const text of texts) read(text);
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const started = process.hrtime.bigint();
    for (let pass = 0; pass < times; pass++) for (const text of texts) read(text);
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - started) / 1000 / (times * texts.length));
  }
  return fastest;
}

const withModel = microsPerRead(reader);
const alone = microsPerRead(rules);
const modelAlone = microsPerRead(modelReader);
console.log(
  `${texts.length} lines × ${times}: ${withModel.toFixed(0)} µs per read (rules alone ${alone.toFixed(0)} µs, model alone ${modelAlone.toFixed(0)} µs)`,
);
