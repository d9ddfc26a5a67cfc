/**
 * A minimal text PDF written by hand: each page is a list of lines drawn top-down, in a Type0 font
 * whose 2-byte codes are the characters' own Unicode code points (Identity-H) with a ToUnicode map,
 * so a text extractor reads back exactly the Vietnamese given. `pages: []` of empty pages models a
 * scan (pages with no text layer). A line given as [x, text] pairs prints each text from its own x on one baseline
 * (two columns side by side, as an official header is printed). `rules` draws straight lines on each page (table borders), as
 * stroked lines or as thin filled rectangles (as Word prints borders), optionally under a scaling transform (`cm`).
 */
/** A printed line: its text from the left margin, or [x, text] runs. */
export type PdfLine = string | readonly (readonly [number, string])[];

/** A straight rule from (x0, y0) to (x1, y1), in page points. */
export type PdfRule = readonly [number, number, number, number];

export interface PdfRules {
  rules: readonly (readonly PdfRule[])[];
  style?: 'lines' | 'rectangles';
  /** draw the rules under `s 0 0 s 0 0 cm`, their coordinates divided by s */
  scale?: number;
}

/** The baseline of the i-th line of a page. */
export const baselineOf = (i: number) => 780 - i * 14;

function ruleOps(rules: readonly PdfRule[], { style = 'lines', scale = 1 }: PdfRules): string {
  if (rules.length === 0) return '';
  const f = (v: number) => (v / scale).toFixed(3);
  const body = rules.map(([x0, y0, x1, y1]) =>
    style === 'lines'
      ? `${f(x0)} ${f(y0)} m ${f(x1)} ${f(y1)} l S`
      : y0 === y1
        ? `${f(x0)} ${f(y0 - 0.25)} ${f(x1 - x0)} ${f(0.5)} re f`
        : `${f(x0 - 0.25)} ${f(y0)} ${f(0.5)} ${f(y1 - y0)} re f`,
  );
  return `\nq ${scale} 0 0 ${scale} 0 0 cm 0.5 w\n${body.join('\n')}\nQ`;
}

export function buildPdf(pages: readonly (readonly PdfLine[])[], drawn?: PdfRules): Buffer {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const hex = (text: string) => [...text].map((ch) => (ch.codePointAt(0) ?? 63).toString(16).padStart(4, '0')).join('');
  const runsOf = (line: PdfLine): (readonly [number, string])[] => (typeof line === 'string' ? [[50, line]] : [...line]);
  const chars = [
    ...new Set(
      pages
        .flat()
        .flatMap(runsOf)
        .map(([, text]) => text)
        .join(''),
    ),
  ];
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${chars.length} beginbfchar`,
    ...chars.map((ch) => `<${hex(ch)}> <${hex(ch)}>`),
    'endbfchar',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const toUnicode = add(`<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`);
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>',
  );
  const descendant = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 500 /CIDToGIDMap /Identity >>`,
  );
  const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  const kids: number[] = [];
  for (const [p, lines] of pages.entries()) {
    const ops =
      lines.flatMap((line, i) => runsOf(line).map(([x, text]) => `BT /F1 10 Tf ${x} ${baselineOf(i)} Td <${hex(text)}> Tj ET`)).join('\n') +
      (drawn ? ruleOps(drawn.rules[p] ?? [], drawn) : '');
    const content = add(`<< /Length ${Buffer.byteLength(ops)} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'utf8');
}
