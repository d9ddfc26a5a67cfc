import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readGolden } from '../support/golden-file.ts';

describe('golden files', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'golden-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails when the golden file is missing and does not create it, in CI or not', () => {
    const path = join(dir, 'month.json');
    for (const env of [{}, { CI: 'true' }]) {
      expect(() => readGolden(path, [{ key: 'a' }], env)).toThrow(/golden file missing: .*month\.json.*UPDATE_GOLDEN=1/);
      expect(existsSync(path)).toBe(false);
    }
  });

  it('returns the stored expectation and never overwrites it with the actual result', () => {
    const path = join(dir, 'month.json');
    writeFileSync(path, '[{"key":"stored"}]\n');
    expect(readGolden(path, [{ key: 'actual' }], { CI: 'true' })).toEqual([{ key: 'stored' }]);
    expect(readGolden(path, [{ key: 'actual' }], {})).toEqual([{ key: 'stored' }]);
    expect(readFileSync(path, 'utf8')).toBe('[{"key":"stored"}]\n');
  });

  it('writes the expectation only on an explicit UPDATE_GOLDEN=1', () => {
    const path = join(dir, 'month.json');
    expect(readGolden(path, [{ key: 'new' }], { UPDATE_GOLDEN: '1', CI: 'true' })).toEqual([{ key: 'new' }]);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual([{ key: 'new' }]);
    expect(() => readGolden(join(dir, 'other.json'), [], { UPDATE_GOLDEN: 'yes' })).toThrow(/golden file missing/);
  });
});
