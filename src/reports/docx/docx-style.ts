/**
 * Layout of an administrative document by Nghị định 30/2020/NĐ-CP (Phụ lục I): A4, margins top and
 * bottom 20–25 mm, left 30–35 mm, right 15–20 mm, Times New Roman 13–14 pt.
 */
import { AlignmentType, BorderStyle, Paragraph, type ParagraphChild, TextRun } from 'docx';
import { documentText } from '../../core/text/document-text.ts';

export const FONT = 'Times New Roman';
/** half-points: body 14 pt, tables 13 pt, Quốc hiệu and Nơi nhận 12 pt (NĐ 30 allows 12–13 and 11–12 there) */
export const SIZE_BODY = 28;
export const SIZE_SMALL = 26;
export const SIZE_RECIPIENTS = 24;

const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number) => Math.round(value * TWIPS_PER_MM);

export const A4 = { width: mm(210), height: mm(297) };
export const MARGIN = { top: mm(22), bottom: mm(22), left: mm(32), right: mm(17), header: mm(12), footer: mm(12) };
/** landscape pages: 22 mm all round */
export const MARGIN_LANDSCAPE = { top: mm(22), bottom: mm(22), left: mm(22), right: mm(22), header: mm(12), footer: mm(12) };

export const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
}

/** Every text of the report is written through here, so none carries a code point XML forbids. */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: documentText(text),
    font: FONT,
    size: style.size ?? SIZE_BODY,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
  });
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface ParaOptions extends RunStyle {
  align?: Align;
  /** first-line indent in mm (body paragraphs: 10 mm) */
  indent?: number;
  before?: number;
  after?: number;
}

/** A paragraph of one run (or several, when children are given). */
export function para(text: string | ParagraphChild[], options: ParaOptions = {}): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: options.before ?? 0, after: options.after ?? 120, line: 276 },
    ...(options.indent ? { indent: { firstLine: mm(options.indent) } } : {}),
    children: typeof text === 'string' ? [run(text, options)] : text,
  });
}

export const center = (text: string, style: RunStyle = {}) => para(text, { ...style, align: AlignmentType.CENTER, after: 0 });
export const body = (text: string, style: RunStyle = {}) => para(text, { ...style, indent: 10 });
export const heading = (text: string) => para(text, { bold: true, indent: 10, before: 120 });
