/**
 * The neutral text of an outgoing message: plain text with a small, fixed set of marks written as
 * tags — <b> bold, <i> italic, <code> code, <pre> a fixed-width block, <blockquote> a quotation,
 * <a href="…"> a link and <mention id="…">Name</mention> a member — and the entities &lt; &gt; &amp;
 * &quot; for user text. Composers write only these; each channel renders the parsed spans its own
 * way (Telegram: its HTML, a mention as a user link; Zalo: plain text). The tag spelling coincides with
 * Telegram's HTML on purpose (Telegram then needs only the mention rendered), but no other tag is
 * allowed, so a composer cannot depend on a Telegram-only feature.
 */
export type Mark = 'bold' | 'italic' | 'code' | 'pre' | 'quote';

export type Span =
  | { kind: 'text'; text: string }
  | { kind: 'mark'; mark: Mark; children: Span[] }
  | { kind: 'link'; href: string; children: Span[] }
  | { kind: 'mention'; memberId: string; name: string };

const TAG_MARKS: Record<string, Mark> = { b: 'bold', i: 'italic', code: 'code', pre: 'pre', blockquote: 'quote' };
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export class MarkupError extends Error {
  constructor(detail: string) {
    super(`not neutral message markup: ${detail}`);
    this.name = 'MarkupError';
  }
}

interface Open {
  name: string;
  attributes: Record<string, string>;
  children: Span[];
}

/**
 * Parses neutral markup into spans. Strict by default (an unknown or unbalanced tag throws
 * MarkupError: tests use it to hold composers to the neutral set); `lenient` keeps such a tag as
 * literal text instead, so a channel never drops a message over a composer's bug.
 */
export function parseMarks(markup: string, options: { lenient?: boolean } = {}): Span[] {
  const root: Open = { name: '', attributes: {}, children: [] };
  const stack: Open[] = [root];
  const top = (): Open => stack[stack.length - 1]!;
  const pushText = (text: string): void => {
    const siblings = top().children;
    const last = siblings[siblings.length - 1];
    if (last?.kind === 'text') last.text += text;
    else siblings.push({ kind: 'text', text });
  };
  const refuse = (detail: string, literal: string): number => {
    if (!options.lenient) throw new MarkupError(detail);
    pushText(literal);
    return literal.length;
  };
  let i = 0;
  while (i < markup.length) {
    const ch = markup[i]!;
    if (ch === '&') {
      const entity = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});/.exec(markup.slice(i, i + 12));
      const decoded = entity ? decodeEntity(entity[1]!) : undefined;
      if (entity && decoded !== undefined) {
        pushText(decoded);
        i += entity[0].length;
      } else {
        pushText('&');
        i += 1;
      }
      continue;
    }
    if (ch !== '<') {
      const next = markup.slice(i).search(/[<&]/);
      const end = next < 0 ? markup.length : i + next;
      pushText(markup.slice(i, end));
      i = end;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+="[^"<>]*")*)\s*>/.exec(markup.slice(i, i + 4096));
    if (!tag) {
      i += refuse(`a "<" that starts no tag at ${i}`, '<');
      continue;
    }
    const [whole, closing, rawName, rawAttributes] = tag;
    const name = rawName!.toLowerCase();
    if (closing) {
      if (stack.length === 1 || top().name !== name) {
        i += refuse(`unexpected </${name}> at ${i}`, whole);
        continue;
      }
      const open = stack.pop()!;
      top().children.push(closeSpan(open));
      i += whole.length;
      continue;
    }
    const attributes = parseAttributes(rawAttributes ?? '');
    const known = name in TAG_MARKS || (name === 'a' && attributes.href !== undefined) || (name === 'mention' && attributes.id !== undefined);
    if (!known) {
      i += refuse(`unknown tag <${name}> at ${i}`, whole);
      continue;
    }
    stack.push({ name, attributes, children: [] });
    i += whole.length;
  }
  while (stack.length > 1) {
    const open = stack.pop()!;
    if (!options.lenient) throw new MarkupError(`<${open.name}> is never closed`);
    top().children.push(closeSpan(open));
  }
  return root.children;
}

function closeSpan(open: Open): Span {
  if (open.name === 'a') return { kind: 'link', href: open.attributes.href!, children: open.children };
  if (open.name === 'mention') return { kind: 'mention', memberId: open.attributes.id!, name: spansText(open.children) };
  return { kind: 'mark', mark: TAG_MARKS[open.name]!, children: open.children };
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return NAMED_ENTITIES[body];
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([a-zA-Z-]+)="([^"<>]*)"/g)) {
    attributes[match[1]!.toLowerCase()] = decodeText(match[2]!);
  }
  return attributes;
}

function decodeText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});/g, (whole, body: string) => decodeEntity(body) ?? whole);
}

/** The text of spans with every mark dropped (a mention reads as its name). */
export function spansText(spans: Span[]): string {
  return spans
    .map((span) => {
      if (span.kind === 'text') return span.text;
      if (span.kind === 'mention') return span.name;
      return spansText(span.children);
    })
    .join('');
}

/** How one channel writes each kind of span; `text` gets raw text and must escape what it needs. */
export interface SpanRenderer {
  text(text: string): string;
  mark(mark: Mark, inner: string): string;
  link(href: string, inner: string, label: string): string;
  mention(memberId: string, name: string): string;
}

export function renderSpans(spans: Span[], renderer: SpanRenderer): string {
  return spans
    .map((span) => {
      if (span.kind === 'text') return renderer.text(span.text);
      if (span.kind === 'mention') return renderer.mention(span.memberId, span.name);
      const inner = renderSpans(span.children, renderer);
      if (span.kind === 'link') return renderer.link(span.href, inner, spansText(span.children));
      return renderer.mark(span.mark, inner);
    })
    .join('');
}

/**
 * Plain text for a channel without formatting (Zalo, a terminal, a preview): marks dropped, a
 * mention as "@Name", a link as "label (address)" unless the label is the address.
 */
export function marksToPlainText(markup: string): string {
  return renderSpans(parseMarks(markup, { lenient: true }), {
    text: (text) => text,
    mark: (_mark, inner) => inner,
    link: (href, inner, label) => (label === href ? inner : `${inner} (${href})`),
    mention: (_id, name) => `@${name}`,
  });
}
