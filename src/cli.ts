#!/usr/bin/env node
/**
 * `dieuphoi`: operator commands. Wiring only: each subcommand lives in src/cli/<name>-command.ts
 * and returns its exit code.
 */
import { describeCliFailure } from './cli/cli-failure.ts';
import { runDbMigrateCommand } from './cli/db-migrate-command.ts';
import { runPlanDraftCommand } from './cli/plan-draft-command.ts';
import { runPlanLintCommand } from './cli/plan-lint-command.ts';
import { runReplyCommand } from './cli/reply-command.ts';
import { scrubSecrets } from './logger.ts';
import { installProcessGuards } from './process-guards.ts';
import { StartupError } from './startup-error.ts';

type Runner = (argv: string[], out: (line: string) => void) => Promise<number>;

const HELP = `dieuphoi — công cụ vận hành bot Điều phối (operator commands)

Cách dùng / Usage:
  dieuphoi db migrate                       Áp dụng migration vào DATABASE_URL (apply migrations)
  dieuphoi plan lint <tệp.yaml|.xlsx> [--en] Kiểm tra tệp kế hoạch (validate a plan file)
  dieuphoi plan draft <tệp.txt|.docx|.pdf> [--json] [--out tệp] [--xlsx tệp.xlsx]
                                            Soạn nháp kế hoạch từ văn bản, kèm bảng Excel để kiểm tra
                                            (draft a plan from its text, with a review workbook)
  dieuphoi plan import <tệp.yaml|tệp.xlsx> [--activate]
                                            Nhập kế hoạch vào cơ sở dữ liệu, in trước các thay đổi
                                            (import a plan; shows the changes first)
  dieuphoi plan export <số kế hoạch> [--xlsx tệp.xlsx] [--out tệp.yaml]
                                            Xuất kế hoạch đã nhập để kiểm tra lại (export a stored plan)
  dieuphoi reply "<nội dung>" [--json]      Xem bot hiểu một câu trả lời thế nào (how a reply is read)
  dieuphoi digest --chat <id|mã đơn vị|steering> --at <thời điểm ISO> [--json]
                                            Xem trước bản tổng hợp, không gửi (preview a digest)
  dieuphoi report --plan <số> [--period <kỳ>] [--format docx|xlsx] --out <tệp>
                                            Lập báo cáo gửi cấp trên; kỳ: 11/2023, quý IV/2023, 6 tháng đầu năm 2023,
                                            năm 2023, 01/03/2023..31/05/2023; mặc định tháng hiện tại (upward report)
  dieuphoi chart --plan <số> [--kind units|timeline|open] [--at <thời điểm ISO>] --out <tệp.png>
                                            Vẽ biểu đồ PNG: theo đơn vị (mặc định), giai đoạn, việc tồn (chart)
  dieuphoi --help                           Trợ giúp này (this help)

Cấu hình qua biến môi trường, xem .env.example (configuration via environment variables).`;

async function loadRunner(path: string, name: string): Promise<Runner> {
  const module = (await import(path)) as Record<string, Runner>;
  const runner = module[name];
  if (!runner) throw new Error(`missing ${name} in ${path}`);
  return runner;
}

async function route(argv: string[]): Promise<{ runner: Runner; rest: string[] } | null> {
  const [first, second, ...rest] = argv;
  const key = `${first ?? ''} ${second ?? ''}`.trim();
  switch (key) {
    case 'db migrate':
      return { runner: runDbMigrateCommand, rest };
    case 'plan lint':
      return { runner: runPlanLintCommand, rest };
    case 'plan draft':
      return { runner: runPlanDraftCommand, rest };
    case 'plan import':
      return { runner: await loadRunner('./cli/plan-import-command.ts', 'runPlanImportCommand'), rest };
    case 'plan export':
      return { runner: await loadRunner('./cli/plan-export-command.ts', 'runPlanExportCommand'), rest };
  }
  if (first === 'reply') return { runner: runReplyCommand, rest: argv.slice(1) };
  if (first === 'report') return { runner: await loadRunner('./cli/report-command.ts', 'runReportCommand'), rest: argv.slice(1) };
  if (first === 'chart') return { runner: await loadRunner('./cli/chart-command.ts', 'runChartCommand'), rest: argv.slice(1) };
  if (first === 'digest') return { runner: await loadRunner('./cli/digest-command.ts', 'runDigestCommand'), rest: argv.slice(1) };
  return null;
}

export async function runCli(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    out(HELP);
    return argv.length === 0 ? 2 : 0;
  }
  const routed = await route(argv);
  if (!routed) {
    out(`Lệnh không hợp lệ: ${argv.join(' ')}\n\n${HELP}`);
    return 2;
  }
  try {
    return await routed.runner(routed.rest, out);
  } catch (error) {
    // the database (busy, locked, unreachable) or anything unforeseen: one clear line, no stack trace
    const failure = describeCliFailure(error);
    out(failure.line);
    return failure.exitCode;
  }
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (isEntry) {
  installProcessGuards((kind, message) => console.error(`Lỗi không được xử lý (${kind}): ${message}`));
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`Lỗi: ${scrubSecrets(error instanceof Error ? error.message : String(error))}`);
      process.exit(error instanceof StartupError ? error.exitCode : 1);
    },
  );
}
