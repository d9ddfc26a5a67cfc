import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The expectation stored in a golden JSON file. Only an explicit UPDATE_GOLDEN=1 (re)writes it from
 * `actual`; otherwise a missing file is an error, so a test never writes its own expectation (in CI
 * or anywhere else) and a deleted golden file cannot turn into a silent pass.
 */
export function readGolden(path: string, actual: unknown, env: NodeJS.ProcessEnv = process.env): unknown {
  if (env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    return actual;
  }
  if (!existsSync(path)) {
    throw new Error(`golden file missing: ${path}. Create it with UPDATE_GOLDEN=1 and review the diff before committing.`);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}
