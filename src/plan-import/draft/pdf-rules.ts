/**
 * The straight rules a PDF page draws: table borders. Word and LibreOffice print a table's borders as stroked lines or as
 * thin filled rectangles; both come out of the page's operator list as paths, in the user space of the transform in force,
 * so the transform is tracked through save/restore to put every rule in page coordinates, where the text runs are.
 */

/** A horizontal or vertical rule in page coordinates, x0 ≤ x1 and y0 ≤ y1. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** pdfjs's OPS table: operator names to codes. */
export type PathOps = Readonly<Record<string, number>>;

type Matrix = [number, number, number, number, number, number];

/** a path thinner than this (points) is a rule, not a shaded box */
const RULE_THICKNESS = 2.5;

export function rulesOf(fnArray: readonly number[], argsArray: readonly unknown[], ops: PathOps): Rule[] {
  const paints = new Set(
    ['stroke', 'closeStroke', 'fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'].map((name) => ops[name]),
  );
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let pending: Rule[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = multiply(args.map(Number) as Matrix, ctm);
    else if (fn === ops.constructPath && args) pending = pending.concat(segmentsOf(args, ops, ctm));
    else if (paints.has(fn ?? -1)) {
      rules.push(...pending);
      pending = [];
    } else if (pending.length > 0 && fn !== ops.constructPath) pending = []; // a clip or an unpainted path draws nothing
  }
  return rules;
}

/** The straight axis-aligned pieces of one path: lines, and the edges (or the body, when thin) of rectangles. */
function segmentsOf(args: unknown[], ops: PathOps, ctm: Matrix): Rule[] {
  const codes = Array.from((args[0] ?? []) as ArrayLike<number>);
  const coords = Array.from((args[1] ?? []) as ArrayLike<number>);
  const out: Rule[] = [];
  let c = 0;
  let at: [number, number] | undefined;
  let start: [number, number] | undefined;
  const line = (a: [number, number], b: [number, number]) => {
    const p = apply(ctm, a);
    const q = apply(ctm, b);
    const rule = { x0: Math.min(p[0], q[0]), y0: Math.min(p[1], q[1]), x1: Math.max(p[0], q[0]), y1: Math.max(p[1], q[1]) };
    if (rule.x1 - rule.x0 < RULE_THICKNESS || rule.y1 - rule.y0 < RULE_THICKNESS) out.push(rule);
  };
  for (const code of codes) {
    if (code === ops.moveTo) {
      at = [coords[c]!, coords[c + 1]!];
      start = at;
      c += 2;
    } else if (code === ops.lineTo) {
      const to: [number, number] = [coords[c]!, coords[c + 1]!];
      if (at) line(at, to);
      at = to;
      c += 2;
    } else if (code === ops.rectangle) {
      const [x, y, w, h] = [coords[c]!, coords[c + 1]!, coords[c + 2]!, coords[c + 3]!];
      c += 4;
      const corners: [number, number][] = [
        [x, y],
        [x + w, y],
        [x + w, y + h],
        [x, y + h],
      ];
      if (Math.abs(w) < RULE_THICKNESS || Math.abs(h) < RULE_THICKNESS) {
        // a thin filled rectangle is one rule: its centre line
        const mid =
          Math.abs(w) < RULE_THICKNESS
            ? ([
                [x + w / 2, y],
                [x + w / 2, y + h],
              ] as const)
            : ([
                [x, y + h / 2],
                [x + w, y + h / 2],
              ] as const);
        line([...mid[0]], [...mid[1]]);
      } else for (let k = 0; k < 4; k++) line(corners[k]!, corners[(k + 1) % 4]!);
      at = [x, y];
      start = at;
    } else if (code === ops.closePath) {
      if (at && start) line(at, start);
      at = start;
    } else c += code === ops.curveTo ? 6 : code === ops.curveTo2 || code === ops.curveTo3 ? 4 : 0; // curves draw no rule
  }
  return out;
}

function apply(m: Matrix, [x, y]: [number, number]): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** m × n: first m, then n (PDF's row-vector convention, as `cm` concatenates onto the CTM). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}
