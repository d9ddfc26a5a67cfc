import { loadPlanFile } from '../plan-import/load-plan-file.ts';
import type { PlanIssue } from '../plan-import/plan-issue.ts';

const USAGE_VI = 'Cách dùng: dieuphoi plan lint <tệp.yaml> [--en]';
const USAGE_EN = 'Usage: dieuphoi plan lint <file.yaml> [--en]';

/**
 * `dieuphoi plan lint <file>`: one line per problem (`file:line:col path — message`), then a summary.
 * Exit 0 when the plan is valid (warnings allowed), 1 when it has errors, 2 on usage errors.
 */
export async function runPlanLintCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const english = argv.includes('--en');
  const files = argv.filter((arg) => arg !== '--en');
  const unknown = files.filter((arg) => arg.startsWith('-'));
  if (files.length !== 1 || unknown.length > 0 || argv.includes('--help')) {
    if (unknown.length > 0 && !argv.includes('--help')) out(english ? `Unknown option: ${unknown.join(' ')}` : `Tùy chọn không hợp lệ: ${unknown.join(' ')}`);
    out(english ? USAGE_EN : USAGE_VI);
    return 2;
  }
  const file = files[0] as string;
  const result = await loadPlanFile(file);
  const errors = result.ok ? [] : result.errors;
  const warnings = result.warnings;
  for (const issue of [...errors, ...warnings].sort((a, b) => a.line - b.line || a.column - b.column)) out(formatIssue(issue, english));

  if (result.ok) {
    const { plan } = result;
    out(
      english
        ? `${file}: valid — plan ${plan.number}, ${plan.units.length} units, ${plan.phases.length} phases, ${plan.tasks.length} tasks, ${plan.criteria.length} criteria; ${warnings.length} warning(s).`
        : `${file}: hợp lệ — kế hoạch ${plan.number}, ${plan.units.length} đơn vị, ${plan.phases.length} giai đoạn, ${plan.tasks.length} nhiệm vụ, ${plan.criteria.length} tiêu chí; ${warnings.length} cảnh báo.`,
    );
    return 0;
  }
  out(english ? `${file}: ${errors.length} error(s), ${warnings.length} warning(s).` : `${file}: ${errors.length} lỗi, ${warnings.length} cảnh báo.`);
  return 1;
}

export function formatIssue(issue: PlanIssue, english = false): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  const label = issue.severity === 'warning' ? (english ? 'warning: ' : 'cảnh báo: ') : '';
  const path = issue.path === '' ? '' : ` ${issue.path}`;
  return `${where}${path} — ${label}${english ? issue.messageEn : issue.message}`;
}
