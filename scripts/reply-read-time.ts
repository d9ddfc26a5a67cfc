/**
 * `npx tsx scripts/reply-read-time.ts [--file <key.json>] [--times 20] [--reader <index.ts>]`: the
 * cost of one read, in µs of wall time, with the shipped reader (rules and model) and with the rules
 * alone, over every line of a labelled file read `--times` times after one warm-up pass. --reader
 * reads with another tree's src/core/replies/index.ts (extracted with `git archive <commit> src/core |
 * tar -x -C <dir>`), to compare before and after a change on the same machine.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readReply as shippedReader } from '../src/core/replies/index.ts';
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
const texts = parseKey(JSON.parse(readFileSync(values.file, 'utf8'))).map((line) => line.text);
const times = Number(values.times);

function microsPerRead(read: Reader): number {
  for (const text of texts) read(text);
  const started = process.hrtime.bigint();
  for (let pass = 0; pass < times; pass++) for (const text of texts) read(text);
  return Number(process.hrtime.bigint() - started) / 1000 / (times * texts.length);
}

const withModel = microsPerRead(reader);
const alone = microsPerRead(rules);
console.log(
  `${texts.length} lines × ${times}: ${withModel.toFixed(0)} µs per read (rules alone ${alone.toFixed(0)} µs, the model ${(withModel - alone).toFixed(0)} µs)`,
);
