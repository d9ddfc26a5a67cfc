/** Generated report files, kept so the same period gives the same file until the data changes. */
export type ReportFormat = 'docx' | 'xlsx';

export interface ReportFileKey {
  planId: number;
  periodKey: string;
  format: ReportFormat;
  /** hash of the report model the file was made from */
  dataHash: string;
}

export interface StoredReportFile extends ReportFileKey {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  createdAt: Date;
}

export interface ReportFileStore {
  findReportFile(key: ReportFileKey): Promise<StoredReportFile | null>;
  /** Stores the file; a concurrent save of the same key keeps the first one and returns it. */
  saveReportFile(file: ReportFileKey & { fileName: string; bytes: Uint8Array; createdAt: Date }): Promise<StoredReportFile>;
}
