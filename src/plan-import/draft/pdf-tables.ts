/**
 * Ruled tables on a PDF page, read back as the pipe rows read-docx writes for a Word table. Printed line by line, an
 * appendix's cells run into each other ("1 Tổ chức tuyên truyền sâu rộng các quy Sở Văn hóa, Thể Công an tỉnh; Báo Quý
 * I/2027"); its borders say where every cell is. The grid comes from the rules: a cell with no border above continues the
 * cell above (merged down: its text repeats in every row it spans, as read-docx does), one with no border on its left
 * continues the cell beside it (merged across: one cell).
 */
import { linesOf, type PlacedRun } from './pdf-lines.ts';
import type { Rule } from './pdf-rules.ts';

/** A table found on a page: its top edge, its rows as pipe lines, and the runs it took from the page's text. */
export interface PageTable {
  top: number;
  rows: string[];
  runs: Set<PlacedRun>;
}

/** an empty cell merged down from the top of the page's table: the cell above it, on the page before, holds its text */
const CONTINUED = '\u0000';
/** a cell merged down to the bottom of the page's table, which may go on at the top of the next page */
const GOES_ON = '\u0001';

/** rules this close (points) are one border */
const SAME_EDGE = 2;

export function tablesOf(runs: readonly PlacedRun[], rules: readonly Rule[]): PageTable[] {
  const horizontal = rules.filter((r) => r.y1 - r.y0 < SAME_EDGE && r.x1 - r.x0 > 10);
  const vertical = rules.filter((r) => r.x1 - r.x0 < SAME_EDGE && r.y1 - r.y0 > 4);
  const tables: PageTable[] = [];
  for (const group of connectedGroups(horizontal, vertical)) {
    const table = readGrid(group.h, group.v, runs);
    if (table) tables.push(table);
  }
  return tables;
}

/** Rules that touch each other form one table. */
function connectedGroups(horizontal: Rule[], vertical: Rule[]): { h: Rule[]; v: Rule[] }[] {
  const all = [...horizontal, ...vertical];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    return root;
  };
  horizontal.forEach((h, i) => {
    vertical.forEach((v, j) => {
      const touches = v.x0 >= h.x0 - SAME_EDGE && v.x0 <= h.x1 + SAME_EDGE && h.y0 >= v.y0 - SAME_EDGE && h.y0 <= v.y1 + SAME_EDGE;
      if (touches) parent[find(i)] = find(horizontal.length + j);
    });
  });
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  all.forEach((rule, i) => {
    const key = find(i);
    const group = groups.get(key) ?? { h: [], v: [] };
    (i < horizontal.length ? group.h : group.v).push(rule);
    groups.set(key, group);
  });
  return [...groups.values()];
}

/** Distinct positions, nearby ones taken as one. */
function edges(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > SAME_EDGE) out.push(v);
  return out;
}

function readGrid(horizontal: Rule[], vertical: Rule[], runs: readonly PlacedRun[]): PageTable | undefined {
  const ys = edges(horizontal.map((h) => h.y0)).reverse(); // top down
  const xs = edges(vertical.map((v) => v.x0));
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  // a framed paragraph or a single rule is no table
  if (rows < 2 || columns < 2) return undefined;
  const midX = (j: number) => (xs[j]! + xs[j + 1]!) / 2;
  const midY = (i: number) => (ys[i]! + ys[i + 1]!) / 2;
  const borderAbove = (i: number, j: number) => horizontal.some((h) => Math.abs(h.y0 - ys[i]!) <= SAME_EDGE && h.x0 <= midX(j) && h.x1 >= midX(j));
  const borderLeft = (i: number, j: number) => vertical.some((v) => Math.abs(v.x0 - xs[j]!) <= SAME_EDGE && v.y0 <= midY(i) && v.y1 >= midY(i));
  // each elementary cell points at the top-left cell of the merged cell it belongs to
  const owner: [number, number][][] = [];
  for (let i = 0; i < rows; i++) {
    owner.push([]);
    for (let j = 0; j < columns; j++) {
      const left = j > 0 && !borderLeft(i, j) ? owner[i]![j - 1]! : undefined;
      const up = i > 0 && !borderAbove(i, j) ? owner[i - 1]![j]! : undefined;
      owner[i]![j] = up ?? left ?? [i, j];
    }
  }
  const texts = new Map<string, PlacedRun[]>();
  const used = new Set<PlacedRun>();
  const pieces = new Map<PlacedRun, PlacedRun[]>(runs.map((run) => [run, splitAtEdges(run, xs.slice(1, -1))]));
  for (const [whole, parts] of pieces)
    for (const run of parts) {
      const x = run.x + Math.min(run.width, run.height) / 2;
      const y = run.y + run.height / 3;
      if (x < xs[0]! || x > xs[columns]! || y > ys[0]! || y < ys[rows]!) continue;
      const i = ys.findIndex((top, k) => k < rows && y <= top && y >= ys[k + 1]!);
      const j = xs.findIndex((left, k) => k < columns && x >= left && x <= xs[k + 1]!);
      if (i < 0 || j < 0) continue;
      const key = owner[i]![j]!.join(',');
      texts.set(key, [...(texts.get(key) ?? []), run]);
      used.add(whole);
    }
  const span = (i: number, j: number) => owner.filter((row) => row[j]!.join(',') === owner[i]![j]!.join(',')).length;
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    const cells: string[] = [];
    for (let j = 0; j < columns; j++) {
      const [oi, oj] = owner[i]![j]!;
      if (oj !== j) continue; // merged across: the cell was written once, at its left
      let text = cellText(texts.get(owner[i]![j]!.join(',')) ?? []);
      // a cell merged down over a page break prints its text on one page only: mark both ends for joinTablesAcrossPages
      if (text === '' && oi <= 1 && span(i, j) > 1) text = CONTINUED;
      else if (text !== '' && i === rows - 1 && span(i, j) > 1) text += GOES_ON;
      cells.push(text);
    }
    if (cells.every((c) => c === '' || c === CONTINUED)) continue;
    out.push(`| ${cells.join(' | ')} |`);
    if (out.length === 1) out.push(`|${cells.map(() => '---').join('|')}|`);
  }
  if (out.length === 0) return undefined;
  return { top: ys[0]!, rows: out, runs: used };
}

/**
 * A text run that crosses a column border, cut at the space nearest the border. A PDF text extractor joins the runs
 * of neighbouring cells printed close together on one baseline into one item ("UBND các xã, phường Tháng 5/2027").
 */
function splitAtEdges(run: PlacedRun, inner: readonly number[]): PlacedRun[] {
  const crossing = inner.find((x) => x > run.x + run.height && x < run.x + run.width - run.height);
  if (crossing === undefined || run.str.length < 2) return [run];
  const perChar = run.width / run.str.length;
  const at = Math.round((crossing - run.x) / perChar);
  const spaces = [...run.str.matchAll(/\s+/g)].map((m) => m.index);
  if (spaces.length === 0) return [run];
  const cut = spaces.reduce((best, k) => (Math.abs(k - at) < Math.abs(best - at) ? k : best));
  const head = run.str.slice(0, cut);
  const tail = run.str.slice(cut).trimStart();
  const tailX = run.x + (run.str.length - tail.length) * perChar;
  if (head.trim() === '' || tail === '') return [run];
  return [{ ...run, str: head, width: head.length * perChar }, ...splitAtEdges({ ...run, str: tail, x: tailX, width: run.x + run.width - tailX }, inner)];
}

/** A cell's runs read line by line, top down, as one line of text (a pipe inside would cut the row, so it reads as "/"). */
function cellText(runs: PlacedRun[]): string {
  return linesOf(runs)
    .map((line) => line.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '/')
    .trim();
}

const cellsOf = (row: string): string[] => row.slice(2, -2).split(' | ');
const rowOf = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const isPipeRow = (line: string | undefined): line is string => !!line?.startsWith('| ') && line.endsWith(' |');
const isRule = (line: string | undefined) => line !== undefined && /^\|(?:---\|)+$/.test(line);
const plain = (cell: string) => cell.replaceAll(CONTINUED, '').replaceAll(GOES_ON, '');

/**
 * A table that runs on over a page break reads as one table: the next page's copy of the header row is dropped, a row
 * cut by the break (its first cell empty on the new page, where the row number was printed before) is joined to the row
 * it continues cell by cell, and a cell merged down over the break repeats its text on the new page's rows.
 */
export function joinTablesAcrossPages(pages: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  let header: string | undefined;
  for (const lines of pages) {
    let rest = [...lines];
    const last = out[out.length - 1];
    if (isPipeRow(last) && isPipeRow(rest[0]) && header !== undefined && cellsOf(rest[0]).length === cellsOf(last).length) {
      const above = cellsOf(last);
      rest = rest[0] === header && isRule(rest[1]) ? rest.slice(2) : isRule(rest[1]) ? [rest[0], ...rest.slice(2)] : rest;
      const first = isPipeRow(rest[0]) ? cellsOf(rest[0]) : undefined;
      if (first !== undefined) {
        // the first row on the new page takes what went on from the last row of the page before
        const carried = first.map((cell, k) => (cell === '' && above[k]!.endsWith(GOES_ON) ? CONTINUED : cell));
        if (carried[0] === '') {
          out[out.length - 1] = rowOf(carried.map((cell, k) => [above[k], cell === CONTINUED ? '' : cell].filter((t) => t !== '').join(' ')));
          rest = rest.slice(1);
        } else rest[0] = rowOf(carried);
      }
    }
    for (const [k, line] of rest.entries()) {
      if (isPipeRow(line) && isRule(rest[k + 1]) && !isPipeRow(rest[k - 1] ?? out[out.length - 1])) header = line;
      out.push(line);
    }
  }
  return withMergedCells(out);
}

/** Cells marked as continuing the cell above take its text; the marks go. */
function withMergedCells(lines: readonly string[]): string[] {
  let previous: string[] = [];
  return lines.map((line) => {
    if (!isPipeRow(line)) {
      if (!isRule(line)) previous = [];
      return line;
    }
    const cells = cellsOf(line).map((cell, k) => (cell === CONTINUED ? plain(previous[k] ?? '') : plain(cell)));
    previous = cells;
    return rowOf(cells);
  });
}
