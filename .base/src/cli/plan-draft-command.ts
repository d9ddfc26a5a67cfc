import { writeOutputFile } from './write-output-file.ts';
import { stringify } from 'yaml';
import { draftPlan } from '../core/plan-draft/draft-plan.ts';
import type { PlanFile } from '../core/plan/plan-schema.ts';
import { draftToPlanFile } from '../plan-import/draft/draft-to-plan-file.ts';
import { readPlanSource } from '../plan-import/draft/read-plan-source.ts';
import { writePlanWorkbook } from '../plan-import/workbook/write-plan-workbook.ts';

const USAGE = 'Cách dùng: dieuphoi plan draft <tệp.txt|tệp.docx|tệp.pdf> [--json] [--out tệp] [--xlsx tệp.xlsx]';

/**
 * `dieuphoi plan draft <file> [--json] [--out file] [--xlsx file.xlsx]`: drafts a plan file from the plan's text,
 * and with --xlsx writes the review workbook of the draft (without --out or --json nothing else is printed).
 * argv is what follows "plan draft". Returns the exit code: 0 done, 2 usage or unreadable file.
 */
export async function runPlanDraftCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    out(args.error);
    out(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readPlanSource(args.file);
  } catch (error) {
    out(`Không đọc được tệp "${args.file}": ${describe(error)}`);
    return 2;
  }
  if (text.trim() === '') {
    out(`Tệp "${args.file}" không có nội dung.`);
    return 2;
  }
  const draft = draftPlan(text);
  if (args.xlsx) {
    try {
      await writePlanWorkbook(draftToPlanFile(draft) as PlanFile, args.xlsx);
    } catch (error) {
      out(`Không ghi được tệp "${args.xlsx}": ${describe(error)}`);
      return 2;
    }
    const toReview = draft.tasks.filter((t) => t.review).length;
    out(`Đã ghi bảng kiểm tra vào ${args.xlsx}: ${draft.phases.length} giai đoạn, ${draft.tasks.length} nhiệm vụ (${toReview} cần kiểm tra).`);
    if (!args.out && !args.json) return 0;
  }
  const rendered = args.json ? JSON.stringify(draft, null, 2) : header(draft.tasks.length) + stringify(draftToPlanFile(draft), { lineWidth: 0 });
  if (args.out) {
    try {
      await writeOutputFile(args.out, rendered.endsWith('\n') ? rendered : `${rendered}\n`);
    } catch (error) {
      out(`Không ghi được tệp "${args.out}": ${describe(error)}`);
      return 2;
    }
    const toReview = draft.tasks.filter((t) => t.review).length;
    out(`Đã ghi bản nháp vào ${args.out}: ${draft.phases.length} giai đoạn, ${draft.tasks.length} nhiệm vụ (${toReview} cần kiểm tra).`);
  } else {
    for (const line of rendered.replace(/\n$/, '').split('\n')) out(line);
  }
  return 0;
}

function header(taskCount: number): string {
  return `# Bản nháp kế hoạch (${taskCount} nhiệm vụ), dựng tự động từ văn bản.\n# Mục có "review: true" cần kiểm tra; xóa review/review_notes sau khi sửa rồi chạy "dieuphoi plan lint".\n`;
}

type Args = { file: string; json: boolean; out?: string; xlsx?: string } | { error: string };

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let json = false;
  let out: string | undefined;
  let xlsx: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--out' || arg === '-o') {
      out = argv[++i];
      if (!out) return { error: 'Thiếu tên tệp sau --out.' };
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--xlsx') {
      xlsx = argv[++i];
      if (!xlsx) return { error: 'Thiếu tên tệp sau --xlsx.' };
    } else if (arg.startsWith('--xlsx=')) xlsx = arg.slice('--xlsx='.length);
    else if (arg.startsWith('-')) return { error: `Không hiểu tùy chọn "${arg}".` };
    else if (file) return { error: 'Chỉ nhận một tệp kế hoạch.' };
    else file = arg;
  }
  if (!file) return { error: 'Thiếu tệp kế hoạch.' };
  if (xlsx !== undefined && !xlsx.toLowerCase().endsWith('.xlsx')) return { error: `Tệp bảng kiểm tra phải có đuôi .xlsx: "${xlsx}".` };
  return { file, json, ...(out && { out }), ...(xlsx && { xlsx }) };
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'không tìm thấy tệp.';
  if (code === 'EISDIR') return 'đây là thư mục, không phải tệp.';
  if (code === 'EACCES') return 'không có quyền đọc/ghi.';
  return error instanceof Error ? error.message : String(error);
}
