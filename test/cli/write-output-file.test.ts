import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeOutputFile } from '../../src/cli/write-output-file.ts';

const root = mkdtempSync(join(tmpdir(), 'dieuphoi-out-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('writes --out into a folder that does not exist yet (report, chart, plan draft, export)', async () => {
  const path = join(root, 'bao-cao', 'quy-1', 'bao-cao.docx');
  await writeOutputFile(path, new Uint8Array([80, 75, 3, 4]));
  expect([...readFileSync(path)]).toEqual([80, 75, 3, 4]);
  await writeOutputFile(join(root, 'ke-hoach.yaml'), 'plan:\n  number: 45/KH-BCĐ\n');
  expect(readFileSync(join(root, 'ke-hoach.yaml'), 'utf8')).toContain('45/KH-BCĐ');
});
