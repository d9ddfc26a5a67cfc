/**
 * `npm run score:replies [-- files… --verbose]`: runs the reply reader (its public entry) over
 * labelled reply files and prints, per file, one JSON line {file, n, accuracy, correct, false_done,
 * percent_errors, done_asked} on stdout and its confusion matrix on stderr; --verbose lists each miss.
 * Without files it scores every .json under test/fixtures/replies, recursively. --rules-only scores the
 * rules without the trained second opinion (as with SECOND_OPINION_ENABLED = false).
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readReply } from '../src/core/replies/index.ts';
import { readReply as readByRules } from '../src/core/replies/read-reply.ts';
import { formatConfusion, formatMiss, jsonFilesUnder, type KeyLine, parseKey, scoreReadings } from './reply-score.ts';

const DEFAULT_ROOT = 'test/fixtures/replies';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { verbose: { type: 'boolean', short: 'v', default: false }, 'rules-only': { type: 'boolean', default: false } },
  });
  const targets = positionals.length > 0 ? positionals : [DEFAULT_ROOT];
  const read = values['rules-only'] ? readByRules : readReply;
  const files = targets.flatMap((t) => (statSync(t).isDirectory() ? jsonFilesUnder(t) : [t]));
  for (const file of files) {
    let key: KeyLine[];
    try {
      key = parseKey(JSON.parse(readFileSync(file, 'utf8')));
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const readings = key.map((line) => {
      const { status, percent, confidence } = read(line.text);
      return { status, percent, confidence };
    });
    const score = scoreReadings(key, readings);
    const name = relative(process.cwd(), file);
    const { n, accuracy, correct, false_done, percent_errors, done_asked } = score;
    process.stdout.write(`${JSON.stringify({ file: name, n, accuracy, correct, false_done, percent_errors, done_asked })}\n`);
    process.stderr.write(`${name}\n${formatConfusion(score.confusion)}\n`);
    if (values.verbose) {
      for (const miss of score.misses) process.stderr.write(`${formatMiss(miss)}\n`);
    }
    process.stderr.write('\n');
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`score-replies: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
