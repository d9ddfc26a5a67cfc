import { type Document, isMap, isNode, LineCounter, parseDocument } from 'yaml';
import { checkPlanReferences } from '../core/plan/check-plan-references.ts';
import { normalizePlan } from '../core/plan/normalize-plan.ts';
import { formatPlanPath, type Plan, type PlanPath } from '../core/plan/plan-model.ts';
import { planFileSchema } from '../core/plan/plan-schema.ts';
import { describeSchemaIssue } from './plan-issue-messages.ts';
import { describeDocumentError, readTextDocument } from './read-document-file.ts';
import { yamlSyntaxMessage } from './yaml-syntax-messages.ts';

/** A problem in a plan file, placed on its line (1-based line and column). */
export interface PlanIssue {
  file: string;
  line: number;
  column: number;
  /** e.g. tasks[3].lead */
  path: string;
  severity: 'error' | 'warning';
  message: string;
  messageEn: string;
}

export type LoadPlanResult = { ok: true; plan: Plan; warnings: PlanIssue[] } | { ok: false; errors: PlanIssue[]; warnings: PlanIssue[] };

export async function loadPlanFile(path: string): Promise<LoadPlanResult> {
  let text: string;
  try {
    text = await readTextDocument(path);
  } catch (error) {
    const problem = describeDocumentError(error, path);
    return { ok: false, warnings: [], errors: [{ file: path, line: 0, column: 0, path: '', severity: 'error', message: problem.message, messageEn: problem.messageEn }] };
  }
  return loadPlanText(text, path);
}

/** Parses, validates and normalises a plan file's text; every problem names its line. */
export function loadPlanText(text: string, fileName: string): LoadPlanResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
  const locate = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    // later syntax errors are almost always echoes of the first; fixing it is the next step
    const { message, messageEn } = yamlSyntaxMessage(syntaxError.code, syntaxError.message);
    const error: PlanIssue = { file: fileName, ...locate(syntaxError.pos[0]), path: '', severity: 'error', message, messageEn };
    return { ok: false, errors: [error], warnings: [] };
  }

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // yaml refuses documents whose aliases would expand without bound ("billion laughs")
    const { message, messageEn } = yamlSyntaxMessage('ALIAS_LIMIT', error instanceof Error ? error.message : String(error));
    return { ok: false, errors: [{ file: fileName, line: 0, column: 0, path: '', severity: 'error', message, messageEn }], warnings: [] };
  }
  const place = (path: PlanPath, severity: PlanIssue['severity'], message: string, messageEn: string, key?: string): PlanIssue => ({
    file: fileName,
    ...locate(offsetOf(doc, path, key)),
    path: formatPlanPath(key ? [...path, key] : path),
    severity,
    message,
    messageEn,
  });

  const parsed = planFileSchema.safeParse(data);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const described = describeSchemaIssue(issue, valueAt(data, issue.path));
      return place(described.path, 'error', described.message, described.messageEn, described.key);
    });
    return { ok: false, errors: sortIssues(errors), warnings: [] };
  }

  const problems = checkPlanReferences(parsed.data);
  const errors = sortIssues(problems.filter((p) => p.severity === 'error').map((p) => place(p.path, 'error', p.message, p.messageEn)));
  const warnings = sortIssues(problems.filter((p) => p.severity === 'warning').map((p) => place(p.path, 'warning', p.message, p.messageEn)));
  if (errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, plan: normalizePlan(parsed.data), warnings };
}

/** Offset of the node at `path`, or of the nearest ancestor that exists (a missing field points at its item). */
function offsetOf(doc: Document, path: PlanPath, key?: string): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (!isNode(node) || !node.range) continue;
    if (key && depth === path.length && isMap(node)) {
      const pair = node.items.find((item) => isNode(item.key) && 'value' in item.key && item.key.value === key);
      if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
    }
    return node.range[0];
  }
  return 0;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function sortIssues(issues: PlanIssue[]): PlanIssue[] {
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}
