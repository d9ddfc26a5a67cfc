import { describe, expect, it } from 'vitest';
// @ts-expect-error the page's renderer is plain browser JavaScript without types
import { renderEntities } from '../../src/sandbox/web/render-entities.js';

interface FakeNode {
  tag: string;
  children: (FakeNode | string)[];
  dataset: Record<string, string>;
  className?: string;
  append(...nodes: (FakeNode | string)[]): void;
}

/** Just enough of a DOM document for renderEntities: elements keep their children, text stays strings. */
const fakeDocument = {
  createDocumentFragment: () => node('#fragment'),
  createElement: (tag: string) => node(tag),
};

function node(tag: string): FakeNode {
  const created: FakeNode = {
    tag,
    children: [],
    dataset: {},
    append: (...nodes) => created.children.push(...nodes),
  };
  return created;
}

/** The page as a phone would read it: a block tag on its own lines. */
function layout(n: FakeNode | string): string {
  if (typeof n === 'string') return n;
  const inner = n.children.map(layout).join('');
  return n.tag === 'blockquote' || n.tag === 'pre' ? `[${n.tag}:${inner}]` : inner;
}

describe('the sandbox page draws quotes and code blocks as Telegram does', () => {
  it('the line break right after a quote ends the block: "\\n\\n" after it is one blank line, not two', () => {
    const text = 'Trích kế hoạch:\nĐiều 1\n\nChưa có báo cáo nào.';
    const quote = { type: 'blockquote', offset: text.indexOf('Điều'), length: 'Điều 1'.length };
    const fragment = renderEntities(fakeDocument, text, [quote]);
    expect(layout(fragment)).toBe('Trích kế hoạch:\n[blockquote:Điều 1]\nChưa có báo cáo nào.');
  });

  it('a line break after inline formatting is kept', () => {
    const text = 'đậm\nsau';
    expect(layout(renderEntities(fakeDocument, text, [{ type: 'bold', offset: 0, length: 3 }]))).toBe('đậm\nsau');
  });
});
