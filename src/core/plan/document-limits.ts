/**
 * What the bot accepts as a plan document, in one place so the file gate, the chat messages and the
 * user guide say the same. Drafting runs in the bot's process: a text far beyond any plan would hold up
 * every other chat for as long as it takes.
 */
const MB = 1024 * 1024;

export const DOCUMENT_LIMITS = {
  /** a file sent in chat: .docx, .pdf, .xlsx */
  fileBytes: 20 * MB,
  /** a plain-text file (.txt/.md) or a plan file (.yaml) */
  textFileBytes: 2 * MB,
  /** the text read out of any document (.docx, .pdf, .txt): about 60 pages; real plans are a few pages */
  textChars: 200_000,
} as const;

/** 2097152 → "2 MB" (Vietnamese number format) */
export function megabytesText(bytes: number): string {
  return `${(bytes / MB).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** 200000 → "200.000" */
export function countText(count: number): string {
  return count.toLocaleString('vi-VN');
}
