/**
 * Word's automatic numbering (word/numbering.xml): the label each numbered paragraph shows ("II.",
 * "2.1.", "a)", "-", "+"), so a .docx keeps the outline its text would print. Pure: XML text in,
 * labels out; one counter set per document.
 */
export interface NumberingLevel {
  format: string;
  text: string;
  start: number;
}

export interface Numbering {
  /** numId → ilvl → level */
  levels: Map<string, Map<number, NumberingLevel>>;
  /** numId → the abstract numbering it counts with (lists sharing one continue each other) */
  abstractOf: Map<string, string>;
}

export function parseNumbering(xml: string | undefined): Numbering {
  const numbering: Numbering = { levels: new Map(), abstractOf: new Map() };
  if (!xml) return numbering;
  const abstracts = new Map<string, Map<number, NumberingLevel>>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    abstracts.set(m[1]!, readLevels(m[2]!));
  }
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = /<w:abstractNumId w:val="(\d+)"/.exec(m[2]!)?.[1];
    if (!abstractId) continue;
    const levels = new Map(abstracts.get(abstractId) ?? []);
    for (const o of m[2]!.matchAll(/<w:lvlOverride w:ilvl="(\d+)">([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = /<w:startOverride w:val="(\d+)"/.exec(o[2]!)?.[1];
      const level = levels.get(Number(o[1]));
      if (start && level) levels.set(Number(o[1]), { ...level, start: Number(start) });
    }
    numbering.levels.set(m[1]!, levels);
    numbering.abstractOf.set(m[1]!, abstractId);
  }
  return numbering;
}

function readLevels(xml: string): Map<number, NumberingLevel> {
  const levels = new Map<number, NumberingLevel>();
  for (const m of xml.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
    const body = m[2]!;
    levels.set(Number(m[1]), {
      format: /<w:numFmt w:val="([^"]+)"/.exec(body)?.[1] ?? 'decimal',
      text: decodeXml(/<w:lvlText w:val="([^"]*)"/.exec(body)?.[1] ?? ''),
      start: Number(/<w:start w:val="(\d+)"/.exec(body)?.[1] ?? '1'),
    });
  }
  return levels;
}

/** Counts numbered paragraphs in document order and gives each its label. */
export function numberingCounter(numbering: Numbering): (numId: string, ilvl: number) => string {
  const counters = new Map<string, number[]>();
  return (numId, ilvl) => {
    const levels = numbering.levels.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return '';
    if (level.format === 'bullet' || level.format === 'none') return bulletOf(level.text, ilvl);
    const key = numbering.abstractOf.get(numId) ?? numId;
    const counts = counters.get(key) ?? [];
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl]! + 1;
    counts.length = ilvl + 1;
    counters.set(key, counts);
    const label = level.text.replace(/%(\d)/g, (_, n: string) => {
      const at = Number(n) - 1;
      const lvl = levels.get(at);
      return format(counts[at] ?? lvl?.start ?? 1, lvl?.format ?? 'decimal');
    });
    return label.trim();
  };
}

function bulletOf(text: string, ilvl: number): string {
  if (text === '-' || text === '–' || text === '+') return text;
  return ilvl % 2 === 0 ? '-' : '+';
}

function format(n: number, kind: string): string {
  switch (kind) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Vietnamese documents letter items a, b, c, d, đ, e …. */
function letter(n: number): string {
  const letters = 'abcdđeghiklmnopqrstuvxy';
  return letters[(n - 1) % letters.length]!;
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}
