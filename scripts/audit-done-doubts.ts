/**
 * `npx tsx scripts/audit-done-doubts.ts [files…]`: for each doubt of the guard on "done"
 * (`guard-done.ts`, `done-doubt-markers.ts`), over labelled reply files read by the rules alone, how
 * many lines labelled done it turned away (cost) and how many lines labelled otherwise it kept from
 * being done (prevented); "alone" counts the lines where it was the only doubt, so that removing it
 * would change the reading. Without files it reads every .json under test/fixtures/replies.
 */
import { readFileSync, statSync } from 'node:fs';
import { readReply } from '../src/core/replies/read-reply.ts';
import { jsonFilesUnder, parseKey } from './reply-score.ts';

/** Guard fields that describe the done rather than doubt it. */
const NOT_DOUBTS = new Set(['guard:firstPerson', 'guard:conditionOnApproval']);

interface Tally {
  cost: number;
  costAlone: number;
  prevented: number;
  preventedAlone: number;
  costLines: string[];
}

const targets = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const showLines = process.argv.includes('--lines');
const files = (targets.length > 0 ? targets : ['test/fixtures/replies']).flatMap((t) => (statSync(t).isDirectory() ? jsonFilesUnder(t) : [t]));
const tallies = new Map<string, Tally>();
for (const file of files) {
  for (const line of parseKey(JSON.parse(readFileSync(file, 'utf8')))) {
    const doubts = readReply(line.text).reasons.filter((r) => r.startsWith('guard:') && !NOT_DOUBTS.has(r));
    for (const doubt of doubts) {
      const tally = tallies.get(doubt) ?? { cost: 0, costAlone: 0, prevented: 0, preventedAlone: 0, costLines: [] };
      const alone = doubts.length === 1;
      if (line.status === 'done') {
        tally.cost++;
        if (alone) {
          tally.costAlone++;
          tally.costLines.push(`${file.split('/').pop()}: ${line.text}`);
        }
      } else {
        tally.prevented++;
        if (alone) tally.preventedAlone++;
      }
      tallies.set(doubt, tally);
    }
  }
}
process.stdout.write('doubt                      cost (alone)   prevented (alone)\n');
for (const [doubt, t] of [...tallies].sort((a, b) => b[1].costAlone - a[1].costAlone)) {
  process.stdout.write(`${doubt.padEnd(26)} ${String(t.cost).padStart(4)} (${t.costAlone})   ${String(t.prevented).padStart(9)} (${t.preventedAlone})\n`);
  if (showLines) for (const text of t.costLines) process.stdout.write(`    ${text}\n`);
}
