/**
 * Drawing in-process with @napi-rs/canvas (prebuilt Skia, no browser) and DejaVu Sans shipped through
 * npm (dejavu-fonts-ttf): no system font is assumed; DejaVu covers Vietnamese diacritics.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';

export const CHART_FONT = 'DejaVu Sans Chart';
export const WIDTH = 1200;
export const BACKGROUND = '#ffffff';
export const INK = '#1f2933';
export const MUTED = '#616e7c';
export const GRID = '#d9e2ec';

/** The official buckets' colours, shared by legend and bars. */
export const BUCKET_COLOURS = {
  doneOnTime: '#2e7d32',
  doneLate: '#f9a825',
  doneNoDeadline: '#81c784',
  openOnTime: '#1e88e5',
  openOverdue: '#d32f2f',
  openNoDeadline: '#90caf9',
} as const;

/** WCAG relative luminance of a "#rrggbb" colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two "#rrggbb" colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A figure written on a coloured bar: white or ink, whichever reads better on it (light blue, amber, light green take ink). */
export function labelColourOn(background: string): string {
  return contrastRatio('#ffffff', background) >= contrastRatio(INK, background) ? '#ffffff' : INK;
}

function registerFont(): void {
  if (GlobalFonts.has(CHART_FONT)) return;
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  GlobalFonts.registerFromPath(join(dir, 'DejaVuSans.ttf'), CHART_FONT);
  GlobalFonts.registerFromPath(join(dir, 'DejaVuSans-Bold.ttf'), CHART_FONT);
}

export function newChart(height: number): { canvas: Canvas; ctx: SKRSContext2D } {
  registerFont();
  const canvas = createCanvas(WIDTH, Math.ceil(height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'middle';
  return { canvas, ctx };
}

export function font(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px "${CHART_FONT}"`;
}

export function text(
  ctx: SKRSContext2D,
  value: string,
  x: number,
  y: number,
  options: { size?: number; bold?: boolean; colour?: string; align?: 'left' | 'right' | 'center' } = {},
): void {
  ctx.font = font(options.size ?? 26, options.bold);
  ctx.fillStyle = options.colour ?? INK;
  ctx.textAlign = options.align ?? 'left';
  ctx.fillText(value, x, y);
}

/** Cuts a label to a width, ending with "…". */
export function fitText(ctx: SKRSContext2D, value: string, maxWidth: number, size: number, bold = false): string {
  ctx.font = font(size, bold);
  if (ctx.measureText(value).width <= maxWidth) return value;
  let cut = value;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** A row of coloured squares with labels, wrapping to the next line; returns the y below it. */
export function legend(ctx: SKRSContext2D, items: readonly { label: string; colour: string }[], x0: number, y0: number, maxX = WIDTH - 40, size = 24): number {
  let x = x0;
  let y = y0;
  for (const item of items) {
    ctx.font = font(size);
    const w = size * 1.4 + ctx.measureText(item.label).width + size * 1.5;
    if (x + w > maxX) {
      x = x0;
      y += size * 1.65;
    }
    ctx.fillStyle = item.colour;
    ctx.fillRect(x, y - size / 2, size, size);
    text(ctx, item.label, x + size * 1.4, y, { size });
    x += w;
  }
  return y + size * 1.65;
}

export async function toPng(canvas: Canvas): Promise<Uint8Array> {
  return new Uint8Array(await canvas.encode('png'));
}
