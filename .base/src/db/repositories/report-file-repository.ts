import type { ReportFileKey, ReportFileStore, ReportFormat, StoredReportFile } from '../../core/ports/report-file-store.ts';
import type { PrismaDb } from '../open-database.ts';

type Row = { id: number; planId: number; periodKey: string; format: string; dataHash: string; fileName: string; bytes: Uint8Array; createdAt: Date };

const toRecord = (row: Row): StoredReportFile => ({
  id: row.id,
  planId: row.planId,
  periodKey: row.periodKey,
  format: row.format as ReportFormat,
  dataHash: row.dataHash,
  fileName: row.fileName,
  bytes: new Uint8Array(row.bytes),
  createdAt: row.createdAt,
});

const where = (key: ReportFileKey) => ({
  planId_periodKey_format_dataHash: { planId: key.planId, periodKey: key.periodKey, format: key.format, dataHash: key.dataHash },
});

export function createReportFileRepository(prisma: PrismaDb): ReportFileStore {
  return {
    async findReportFile(key) {
      const row = await prisma.reportFile.findUnique({ where: where(key) });
      return row ? toRecord(row) : null;
    },
    async saveReportFile({ bytes, ...file }) {
      // upsert with an empty update: a second writer of the same key gets the first file back.
      const row = await prisma.reportFile.upsert({ where: where(file), create: { ...file, bytes: new Uint8Array(bytes) }, update: {} });
      return toRecord(row);
    },
  };
}
