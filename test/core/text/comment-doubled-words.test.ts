import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src', 'commands', 'jobs'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The text of a file's comments, a block comment's lines joined as the reader reads them. */
function commentText(source: string): string[] {
  const blocks = [...source.matchAll(/\/\*([\s\S]*?)\*\//g)].map((m) => m[1]!.replace(/\n\s*\*\s?/g, ' '));
  const lines = [...source.matchAll(/(?:^|\s)\/\/ ?(.*)$/gm)].map((m) => m[1]!);
  return [...blocks, ...lines];
}

describe('comments', () => {
  it('repeat no word across a line break or a space ("a user link\\n * link")', () => {
    const doubled = ROOTS.flatMap(sourceFiles).flatMap((file) =>
      commentText(readFileSync(file, 'utf8')).flatMap((text) => [...text.matchAll(/(?<!\p{L})(\p{L}{2,})\s+\1(?!\p{L})/gu)].map((m) => `${file}: ${m[0]}`)),
    );
    expect(doubled).toEqual([]);
  });
});
