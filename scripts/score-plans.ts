/**
 * `npm run score:plans -- [--set dev|dev-5|dev-6|dev-7|dev-8|dev-9|dev-10|dev-11|dev-12|dev-13|dev-14|dev-15|dev-16|dev-17|dev-18|dev-19|dev-20|dev-21|dev-22|dev-23|dev-24|dev-25|dev-26|dev-27|dev-28|holdout|holdout-2|shared|all] [--dir <folder>] [--doc <file>] [--verbose] [--crawled|--crawled-md]`
 *
 * Drafts every document of the plan corpus (test/fixtures/plan-corpus/dev, dev-5, dev-6, dev-7, dev-8, dev-9, dev-10, dev-11, dev-12, dev-13, dev-14, dev-15, dev-16, dev-17, dev-18, dev-19, dev-20, dev-21, dev-22, dev-23, dev-24, dev-25, dev-26, dev-27, dev-28, holdout and holdout-2, and the real
 * documents in ../shared/plans/dev when that folder exists) in-process with the same command the CLI
 * runs for `dieuphoi plan draft <file>`, and scores each draft against the document's hand answer key
 * (NN.key.json) with the rules of ../shared/plans/dev/score.py. Prints one JSON line per document and
 * per set on stdout and a readable table on stderr.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runPlanDraftCommand } from '../src/cli/plan-draft-command.ts';
import { addTo, emptyTotals, figures, pythonStyleSummary, tableHeader, tableRow, verboseLines } from './plan-score/report.ts';
import { crawlStyle, markdownStyle } from './plan-score/crawl-style.ts';
import { type PlanKey, scoreDoc } from './plan-score/score-doc.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SET_NAMES = [
  'dev',
  'dev-5',
  'dev-6',
  'dev-7',
  'dev-8',
  'dev-9',
  'dev-10',
  'dev-11',
  'dev-12',
  'dev-13',
  'dev-14',
  'dev-15',
  'dev-16',
  'dev-17',
  'dev-18',
  'dev-19',
  'dev-20',
  'dev-21',
  'dev-22',
  'dev-23',
  'dev-24',
  'dev-25',
  'dev-26',
  'dev-27',
  'dev-28',
  'holdout',
  'holdout-2',
  'shared',
] as const;
type SetName = (typeof SET_NAMES)[number];

/** The folder of ../shared/plans/dev: the first `shared/plans/dev` found going up from the project. */
function sharedDir(): string | null {
  const fromEnv = process.env.PLAN_SCORE_SHARED;
  if (fromEnv) return existsSync(fromEnv) ? resolve(fromEnv) : null;
  let dir = dirname(ROOT);
  for (;;) {
    const candidate = join(dir, 'shared', 'plans', 'dev');
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function setDir(set: SetName): string | null {
  if (set === 'shared') return sharedDir();
  const dir = join(ROOT, 'test', 'fixtures', 'plan-corpus', set);
  return existsSync(dir) ? dir : null;
}

function keysIn(dir: string): Array<{ key: PlanKey; doc: string }> {
  return readdirSync(dir)
    .filter((f) => /^\d{2,3}\.key\.json$/.test(f))
    .sort()
    .map((f) => {
      const key = JSON.parse(readFileSync(join(dir, f), 'utf8')) as PlanKey;
      return { key, doc: join(dir, key.doc) };
    });
}

/** --crawled / --crawled-md: the document rewritten as a crawler prints it (crawl-style.ts), in a temporary folder. */
function crawledCopy(doc: string, style: 'lines' | 'markdown', dir: string): string {
  const path = join(dir, basename(doc));
  const text = readFileSync(doc, 'utf8');
  writeFileSync(path, style === 'lines' ? crawlStyle(text) : markdownStyle(text));
  return path;
}

/** Drafts a document as `dieuphoi plan draft <file>` does; a failed draft scores as empty. */
async function draftOf(doc: string): Promise<{ draft: unknown; error?: string }> {
  const lines: string[] = [];
  try {
    const code = await runPlanDraftCommand([doc], (line) => lines.push(line));
    if (code !== 0) return { draft: {}, error: `drafter exit ${code}: ${lines.join(' ').slice(-300)}` };
    const text = lines.join('\n');
    return { draft: text.trim() ? (parse(text) ?? {}) : {} };
  } catch (error) {
    return { draft: {}, error: `drafter failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

type Options = { sets: string[]; dirs: Map<string, string>; doc?: string; verbose: boolean; crawled: 'lines' | 'markdown' | null };

function parseOptions(argv: string[]): Options | string {
  let sets: string[] = [...SET_NAMES];
  const dirs = new Map<string, string>();
  let doc: string | undefined;
  let verbose = false;
  let crawled: Options['crawled'] = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--verbose' || arg === '-v') verbose = true;
    else if (arg === '--crawled') crawled = 'lines';
    else if (arg === '--crawled-md') crawled = 'markdown';
    else if (arg === '--set') {
      const v = argv[++i];
      if (v === 'all') sets = [...SET_NAMES];
      else if (SET_NAMES.includes(v as SetName)) sets = [v as SetName];
      else
        return `--set expects dev, dev-5, dev-6, dev-7, dev-8, dev-9, dev-10, dev-11, dev-12, dev-13, dev-14, dev-15, dev-16, dev-17, dev-18, dev-19, dev-20, dev-21, dev-22, dev-23, dev-24, dev-25, dev-26, dev-27, dev-28, holdout, holdout-2, shared or all, not "${v ?? ''}"`;
    } else if (arg === '--dir') {
      // A folder of documents and keys outside the corpus (a blind set kept out of the repository).
      const v = argv[++i];
      if (!v || !existsSync(v)) return `--dir expects a folder of documents and keys, not "${v ?? ''}"`;
      if (dirs.size === 0) sets = [];
      dirs.set(basename(resolve(v)), resolve(v));
      sets.push(basename(resolve(v)));
    } else if (arg === '--doc') {
      doc = argv[++i];
      if (!doc) return '--doc expects a document file';
    } else return `unknown option "${arg}"`;
  }
  return { sets, dirs, ...(doc && { doc: resolve(doc) }), verbose, crawled };
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (typeof options === 'string') {
    process.stderr.write(
      `${options}\nusage: npm run score:plans -- [--set dev|dev-5|dev-6|dev-7|dev-8|dev-9|dev-10|dev-11|dev-12|dev-13|dev-14|dev-15|dev-16|dev-17|dev-18|dev-19|dev-20|dev-21|dev-22|dev-23|dev-24|dev-25|dev-26|dev-27|dev-28|holdout|holdout-2|shared|all] [--dir <folder>] [--doc <file>] [--verbose] [--crawled|--crawled-md]\n`,
    );
    return 2;
  }
  // the rewritten copies of --crawled live in a temporary folder, removed on exit
  const crawledDir = options.crawled ? mkdtempSync(join(tmpdir(), 'dieuphoi-crawled-')) : undefined;
  if (crawledDir) process.on('exit', () => rmSync(crawledDir, { recursive: true, force: true }));
  const all = emptyTotals();
  let scored = 0;
  for (const set of options.sets) {
    const dir = options.dirs.get(set) ?? setDir(set as SetName);
    if (!dir) {
      process.stderr.write(`(${set}: folder not found, skipped)\n`);
      continue;
    }
    const entries = keysIn(dir).filter(({ doc }) => !options.doc || resolve(doc) === options.doc);
    if (entries.length === 0) continue;
    const total = emptyTotals();
    process.stderr.write(`\n[${set}] ${dir}\n${tableHeader()}\n`);
    for (const { key, doc } of entries) {
      const { draft, error } = await draftOf(options.crawled && crawledDir ? crawledCopy(doc, options.crawled, crawledDir) : doc);
      if (error) process.stderr.write(`${basename(doc)}: ${error}\n`);
      const s = scoreDoc(draft, key);
      addTo(total, s);
      scored++;
      process.stdout.write(`${JSON.stringify({ set, ...figures(key.doc, s) })}\n`);
      process.stderr.write(`${tableRow(key.doc, s)}\n`);
      if (options.verbose) process.stderr.write(`${verboseLines(draft, key, s).join('\n')}\n`);
    }
    addTo(all, { ...total, per_item: [], unmatched_tasks: [] });
    process.stdout.write(`${JSON.stringify({ set, ...figures(`set:${set}`, total) })}\n`);
    process.stderr.write(`${tableRow(`TOTAL ${set}`, total)}\n${set}: ${pythonStyleSummary(total)}\n`);
  }
  if (scored === 0) {
    process.stderr.write(options.doc ? `no key names the document ${options.doc}\n` : 'no documents to score\n');
    return 1;
  }
  if (options.sets.length > 1 && !options.doc) {
    process.stdout.write(`${JSON.stringify({ set: 'all', ...figures('set:all', all) })}\n`);
    process.stderr.write(`\nall: ${pythonStyleSummary(all)}\n`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
