import { parseArgs } from 'node:util';
import { readReply } from '../core/replies/index.ts';
import { REPLY_CONFIDENCE_THRESHOLD, type ReplyKind, type ReplyReading } from '../core/replies/types.ts';
import { STATUS_LABEL_EN, STATUS_LABEL_VI } from '../core/status/task-status.ts';

type Lang = 'vi' | 'en';

const USAGE: Record<Lang, string> = {
  vi: [
    'Cách dùng: dieuphoi reply "<nội dung trả lời>" [--json] [--lang vi|en]',
    'Cho biết bot hiểu một câu trả lời tự do của đơn vị thế nào (trạng thái, tiến độ, độ tin cậy).',
    'Ví dụ: dieuphoi reply "đã xong 100%, không vướng mắc"',
  ].join('\n'),
  en: [
    'Usage: dieuphoi reply "<reply text>" [--json] [--lang vi|en]',
    "Shows how the bot reads a unit's free-text reply (status, progress, confidence).",
    'Example: dieuphoi reply "đã xong 100%, không vướng mắc"',
  ].join('\n'),
};

const NOT_A_REPORT: Record<Lang, Record<Exclude<ReplyKind, 'report'>, string>> = {
  vi: { question: 'Không phải báo cáo (câu hỏi)', acknowledgement: 'Không phải báo cáo (xác nhận đã nhận)', unclear: 'Không rõ là báo cáo' },
  en: { question: 'Not a report (question)', acknowledgement: 'Not a report (acknowledgement)', unclear: 'Unclear, not read as a report' },
};

/**
 * `dieuphoi reply "<text>" [--json] [--lang vi|en]`: prints how the bot reads a reply.
 * argv are the arguments after "reply"; several words without quotes are joined. Returns the exit code.
 */
export async function runReplyCommand(argv: string[], out: (line: string) => void): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch {
    out(USAGE.vi);
    return 2;
  }
  const lang: Lang = parsed.values.lang === 'en' ? 'en' : 'vi';
  if (parsed.values.help) {
    out(USAGE[lang]);
    return 0;
  }
  const text = parsed.positionals.join(' ').trim();
  if (!text) {
    out(USAGE[lang]);
    return 2;
  }
  const reading = readReply(text);
  if (parsed.values.json) {
    const { status, percent, note, confidence, kind, reasons } = reading;
    out(JSON.stringify({ status, percent, note, confidence, kind, reasons }));
  } else {
    out(describe(reading, lang));
  }
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'vi' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function describe(reading: ReplyReading, lang: Lang): string {
  const vi = lang === 'vi';
  const status =
    reading.kind === 'report' && reading.status !== 'none'
      ? (vi ? STATUS_LABEL_VI : STATUS_LABEL_EN)[reading.status]
      : NOT_A_REPORT[lang][reading.kind === 'report' ? 'unclear' : reading.kind];
  const percent = reading.percent === null ? '—' : `${reading.percent}%`;
  const confidence = vi ? reading.confidence.toFixed(2).replace('.', ',') : reading.confidence.toFixed(2);
  const parts = vi
    ? [`Trạng thái: ${status}`, `Tiến độ: ${percent}`, `Độ tin cậy: ${confidence}`, `Ghi chú: ${reading.note}`]
    : [`Status: ${status}`, `Progress: ${percent}`, `Confidence: ${confidence}`, `Note: ${reading.note}`];
  const lines = [parts.join(' · ')];
  if (reading.kind === 'report' && reading.confidence < REPLY_CONFIDENCE_THRESHOLD) {
    lines.push(
      vi ? 'Độ tin cậy thấp: bot sẽ hỏi lại bằng nút bấm thay vì tự ghi nhận.' : 'Low confidence: the bot will ask with buttons instead of recording it.',
    );
  }
  lines.push(`${vi ? 'Lý do' : 'Reasons'}: ${reading.reasons.join(', ')}`);
  return lines.join('\n');
}
