import { extname } from 'node:path';
import { type Document, isMap, isNode, LineCounter, parseDocument } from 'yaml';
import { formatPlanPath, type PlanPath } from '../core/plan/plan-model.ts';
import type { LoadPlanResult, PlanIssue } from './plan-issue.ts';
import { validatePlanData } from './validate-plan-data.ts';
import { loadPlanWorkbookFile } from './workbook/read-plan-workbook.ts';
import { describeDocumentError, readTextDocument } from './read-document-file.ts';
import { yamlSyntaxMessage } from './yaml-syntax-messages.ts';

export async function loadPlanFile(path: string): Promise<LoadPlanResult> {
  if (extname(path).toLowerCase() === '.xlsx') return loadPlanWorkbookFile(path);
  let text: string;
  try {
    text = await readTextDocument(path);
  } catch (error) {
    const problem = describeDocumentError(error, path);
    return {
      ok: false,
      warnings: [],
      errors: [{ file: path, line: 0, column: 0, path: '', severity: 'error', message: problem.message, messageEn: problem.messageEn }],
    };
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

  const result = validatePlanData(data, place);
  if (!result.ok) return { ok: false, errors: sortIssues(result.errors), warnings: sortIssues(result.warnings) };
  return { ...result, warnings: sortIssues(result.warnings) };
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

function sortIssues(issues: PlanIssue[]): PlanIssue[] {
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}
