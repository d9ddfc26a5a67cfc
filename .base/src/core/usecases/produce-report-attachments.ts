import type { Attachment } from '../model/outgoing.ts';
import type { ReportFormat } from '../ports/report-file-store.ts';
import type { ReportPeriod } from '../reports/parse-period.ts';
import { type ProduceReportFileDeps, produceReportFile } from './produce-report-file.ts';

const MIME: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The upward report of a plan for a period as the .docx and the .xlsx, ready to send as documents. */
export async function produceReportAttachments(
  deps: ProduceReportFileDeps,
  input: { planNumber: string; period: ReportPeriod; now: Date },
): Promise<Attachment[]> {
  const attachments: Attachment[] = [];
  for (const format of ['docx', 'xlsx'] as const) {
    const result = await produceReportFile(deps, { ...input, format });
    if (result.ok) attachments.push({ kind: 'document', fileName: result.file.fileName, mimeType: MIME[format], bytes: result.file.bytes });
  }
  return attachments;
}
