/**
 * Splits message HTML into parts of at most `limit` characters, each valid on its own:
 * tags open at a cut are closed at the end of the part and re-opened at the start of the next.
 * Cuts prefer a paragraph break, then a line break, then a space; a tag or entity is never cut.
 */
interface Atom {
  text: string;
  kind: 'open' | 'close' | 'char' | 'entity';
  /** tag name for open/close atoms */
  name?: string;
}

const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*)?>/;
const ENTITY = /^&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/;

function tokenize(html: string): Atom[] {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const m = TAG.exec(html.slice(i, i + 2048));
      if (m) {
        atoms.push({ text: m[0], kind: m[1] ? 'close' : 'open', name: m[2]!.toLowerCase() });
        i += m[0].length;
        continue;
      }
    } else if (ch === '&') {
      const m = ENTITY.exec(html.slice(i, i + 16));
      if (m) {
        atoms.push({ text: m[0], kind: 'entity' });
        i += m[0].length;
        continue;
      }
    }
    const cp = html.codePointAt(i)!;
    const text = String.fromCodePoint(cp);
    atoms.push({ text, kind: 'char' });
    i += text.length;
  }
  return atoms;
}

type Stack = readonly Atom[];

function applyTag(stack: Stack, atom: Atom): Stack {
  if (atom.kind === 'open') return [...stack, atom];
  if (atom.kind === 'close') {
    const at = stack.map((a) => a.name).lastIndexOf(atom.name);
    return at === -1 ? stack : stack.slice(0, at);
  }
  return stack;
}

const openers = (stack: Stack): string => stack.map((a) => a.text).join('');
const closers = (stack: Stack): string =>
  stack
    .map((a) => `</${a.name}>`)
    .reverse()
    .join('');

const isSpace = (a: Atom | undefined): boolean => a?.kind === 'char' && (a.text === ' ' || a.text === '\n');

/** Break priority before atom i: 3 paragraph, 2 line, 1 space, 0 anywhere else. */
function breakBefore(atoms: Atom[], i: number): { priority: number; resume: number } {
  if (!isSpace(atoms[i]) || isSpace(atoms[i - 1])) return { priority: 0, resume: i };
  let j = i;
  let newlines = 0;
  while (isSpace(atoms[j])) {
    if (atoms[j]!.text === '\n') newlines++;
    j++;
  }
  return { priority: newlines >= 2 ? 3 : newlines === 1 ? 2 : 1, resume: j };
}

interface Cut {
  end: number;
  resume: number;
  stack: Stack;
  /** characters in the part if cut here */
  size?: number;
}

/**
 * The best break: the strongest one that still fills at least half a message, so a short heading
 * followed by a blank line does not go out on its own; else the latest break of any kind.
 */
function chooseCut(best: (Cut | undefined)[], limit: number): Cut | undefined {
  for (const priority of [3, 2, 1]) {
    const cut = best[priority];
    if (cut && (cut.size ?? 0) >= limit / 2) return cut;
  }
  return best[3] ?? best[2] ?? best[1] ?? best[0];
}

/** `limit` is the channel's declared text length (ChannelCapabilities.textLimit). */
export function splitMessage(html: string, limit: number): string[] {
  if (html.length <= limit) return html.length > 0 ? [html] : [];
  const atoms = tokenize(html);
  const parts: string[] = [];
  let start = 0;
  let stack: Stack = [];
  while (start < atoms.length) {
    const prefix = openers(stack);
    const best: (Cut | undefined)[] = [];
    let length = prefix.length;
    let current = stack;
    let i = start;
    let fitsToEnd = false;
    while (true) {
      if (i > start) {
        const fits = length + closers(current).length <= limit;
        if (!fits) break;
        const { priority, resume } = breakBefore(atoms, i);
        best[priority] = { end: i, resume, stack: current, size: length };
        if (i === atoms.length) {
          fitsToEnd = true;
          break;
        }
      }
      const atom = atoms[i]!;
      length += atom.text.length;
      current = applyTag(current, atom);
      i++;
    }
    const cut: Cut = fitsToEnd
      ? { end: atoms.length, resume: atoms.length, stack: current }
      : (chooseCut(best, limit) ?? { end: start + 1, resume: start + 1, stack: applyTag(stack, atoms[start]!) });
    const taken = atoms.slice(start, cut.end);
    const visible = taken.some((a) => a.kind === 'entity' || (a.kind === 'char' && a.text.trim() !== ''));
    if (visible) parts.push(prefix + taken.map((a) => a.text).join('') + closers(cut.stack));
    start = cut.resume;
    stack = cut.stack;
  }
  return parts;
}
