import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { crawlStyle } from '../../scripts/plan-score/crawl-style.ts';

/**
 * The header of a plan as a legal-text crawler prints it (the shape of real plans taken from the web): a header cell's
 * lines run together, the document type and its title run onto the "Số:" line, the authority after the title.
 */
const BODY = 'Căn cứ Quyết định số 305/QĐ-UBND ngày 28/02/2027;\nI. NHIỆM VỤ\n1. Phòng Nội vụ tổ chức tập huấn cho cán bộ, hoàn thành trước ngày 30/6/2027.\n';
const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------';

describe('a crawled header', () => {
  it.each([
    ['UBND TỈNH LÂM HÀ SỞ GIÁO DỤC VÀ ĐÀO TẠO -------', /^Sở giáo dục và đào tạo$/i],
    ['TỔNG CỤC THUẾ CỤC THUẾ TỈNH NAM SƠN -------', /^Cục thuế tỉnh Nam Sơn$/i],
    ['HUYỆN ỦY LẠC SƠN ĐẢNG ỦY XÃ AN BÌNH *', /^Đảng ủy xã An Bình$/i],
    ['ỦY BAN NHÂN DÂN TỈNH KON TUM -------', /^Ủy ban nhân dân tỉnh Kon Tum$/],
    ['BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM THÀNH PHỐ VĨNH AN -------', /^Ban Chỉ đạo phòng, chống tội phạm thành phố Vĩnh An$/i],
  ])('"%s": the issuer is the body the parent heads', (issuerLine, issuer) => {
    const text = `${issuerLine}\n${MOTTO}\nSố: 15/KH-UBND Lâm Hà, ngày 12 tháng 3 năm 2027\nKẾ HOẠCH\nBồi dưỡng cán bộ năm 2027\n${BODY}`;
    expect(draftPlan(text).header.issuer).toMatch(issuer);
  });

  it('reads the document type and a title in its own case run onto the "Số:" line', () => {
    const text = `ỦY BAN NHÂN DÂN XÃ AN BÌNH -------\n${MOTTO}\nSố: 15/KH-UBND An Bình, ngày 12 tháng 3 năm 2027 KẾ HOẠCH Bồi dưỡng cán bộ năm 2027\n${BODY}`;
    const draft = draftPlan(text);
    expect(draft.header).toMatchObject({ kind: 'KẾ HOẠCH', title: 'Bồi dưỡng cán bộ năm 2027', number: '15/KH-UBND', issueDate: '2027-03-12' });
    expect(draft.tasks.map((t) => t.deadline?.due)).toEqual([expect.stringMatching(/^2027-06-(29|30)$/)]);
  });

  it('reads a decision whose type runs into "Về việc", with the authority after its title and a number pulled apart', () => {
    const text = [
      'ỦY BAN NHÂN DÂN HUYỆN ĐÔNG HẢI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc',
      'Số: 2 17/QĐ-UBND Đông Hải, ngày 12 tháng 01 năm 2029 QUYẾT ĐỊNHVề việc ban hành Kế hoạch cải cách hành chính năm 2029 CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐÔNG HẢI',
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2029.',
      'Điều 2. Giao trách nhiệm',
      '1. Phòng Nội vụ tổng hợp báo cáo cải cách hành chính quý I trước ngày 15/3/2029.',
      '2. Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện, hoàn thành trước ngày 28/02/2029.',
    ].join('\n');
    const draft = draftPlan(text);
    expect(draft.header).toMatchObject({
      kind: 'QUYẾT ĐỊNH',
      number: '217/QĐ-UBND',
      place: 'Đông Hải',
      title: 'Về việc ban hành Kế hoạch cải cách hành chính năm 2029',
    });
    expect(draft.tasks.map((t) => t.title)).toEqual([expect.stringMatching(/báo cáo cải cách hành chính/i), expect.stringMatching(/kinh phí/i)]);
  });
});

describe('crawlStyle (the --crawled measure of score:plans)', () => {
  it('changes the layout only: every word stays, in order', () => {
    const text = `Title: x\nUBND TỈNH A\nSỞ Y TẾ\n-------\n${MOTTO}\nSố: 1/KH-SYT\nA, ngày 01 tháng 02 năm 2027\n\nKẾ HOẠCH\nTiêm chủng\n\nI. NHIỆM VỤ\n1. Tổ chức\n1.1. Trung tâm Y tế tiêm chủng trước ngày 01/3/2027.\nTM. ỦY BAN\nCHỦ TỊCH\nNguyễn Văn A\n`;
    const words = (t: string) => t.split(/\s+/).filter(Boolean);
    const crawled = crawlStyle(text);
    expect(words(crawled)).toEqual(words(text));
    expect(crawled).toContain('UBND TỈNH A SỞ Y TẾ -------');
    expect(crawled).toContain('Số: 1/KH-SYT A, ngày 01 tháng 02 năm 2027 KẾ HOẠCH Tiêm chủng');
    expect(crawled).toContain('1. Tổ chức 1.1.\nTrung tâm Y tế');
    expect(crawled).toContain('TM. ỦY BAN CHỦ TỊCH Nguyễn Văn A');
  });
});
