/**
 * The upward report as a .docx (Nghị định 30/2020/NĐ-CP): a portrait A4 section with the report, its
 * page numbers top centre from page 2, then the appendix on landscape A4 pages.
 */
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ReportModel } from '../../core/reports/build-report-model.ts';
import { documentText } from '../../core/text/document-text.ts';
import { appendixBlock } from './docx-appendix.ts';
import { headerTable, titleBlock } from './docx-header.ts';
import { reportBody } from './docx-sections.ts';
import { A4, FONT, MARGIN, MARGIN_LANDSCAPE, SIZE_BODY, SIZE_SMALL } from './docx-style.ts';

function pageNumberHeader(): Header {
  const page = new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE_SMALL });
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [page] })] });
}

export async function renderReportDocx(model: ReportModel): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Điều phối',
    title: documentText(`Báo cáo kết quả thực hiện Kế hoạch số ${model.plan.number}`),
    styles: { default: { document: { run: { font: FONT, size: SIZE_BODY } } } },
    sections: [
      {
        properties: { titlePage: true, page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: [headerTable(model), ...titleBlock(model), ...reportBody(model)],
      },
      {
        properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN_LANDSCAPE } },
        headers: { default: pageNumberHeader() },
        children: appendixBlock(model),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
