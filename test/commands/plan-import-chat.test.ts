import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CAP5_CHAT, type CommandHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';
import { buildDocx, buildZip, documentXml } from '../plan/support/build-files.ts';
import { buildPdf } from '../plan/support/build-pdf.ts';

const SEED_TEXT = readFileSync('test/fixtures/plan-texts/45-KH-BCD-2023-tp-tra-vinh.txt');
const SEED_YAML = readFileSync('plans/45-KH-BCD-2023.yaml', 'utf8');
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const text = (replies: { html: string }[]) => replies.map((r) => r.html).join('\n');

async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** As the secretariat would in Excel: the drafted unit CA_P5 becomes the committee's CAP5 everywhere. */
function renameUnit(workbook: ExcelJS.Workbook, from: string, to: string): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.split(/;\s*/).includes(from)) {
          cell.value = cell.value
            .split(/;\s*/)
            .map((part) => (part === from ? to : part))
            .join('; ');
        }
      }),
    );
  }
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The review workbook the bot attached to its draft of the seed plan's text. */
async function draftWorkbook(h: CommandHarness): Promise<ExcelJS.Workbook> {
  const [summary] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach-45.txt', bytes: SEED_TEXT });
  const attachment = summary?.attachments?.[0];
  if (!attachment) throw new Error(`no workbook in ${summary?.html}`);
  return openWorkbook(attachment.bytes);
}

function buttonData(reply: { buttons?: { text: string; data?: string; fallback?: string }[][] } | undefined): { ok: string; no: string } {
  const [ok, no] = reply?.buttons?.[0] ?? [];
  if (!ok?.data || !no?.data) throw new Error('no Kích hoạt / Huỷ buttons');
  return { ok: ok.data, no: no.data };
}

describe('loading a plan in chat: document → review workbook → checked file → Kích hoạt / Huỷ', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.deliver();
  });

  it('the drafted workbook uses the committee’s own units (CAP5), not codes of its own, and names no unit twice', async () => {
    const workbook = await draftWorkbook(h);
    const codes: string[] = [];
    sheet(workbook, 'Đơn vị').eachRow((row, index) => {
      if (index > 1) codes.push(String(row.getCell(1).value ?? ''));
    });
    expect(codes).toContain('CAP5');
    expect(codes).not.toContain('CA_P5');
    expect(new Set(codes).size).toBe(codes.length);
    const known = new Set((await h.stores.directory.listUnits()).map((u) => u.code));
    expect(codes.filter((c) => known.has(c)).length).toBeGreaterThanOrEqual(5);
  });

  it('a workbook sent back with rows still marked for review is shown with a warning naming them', async () => {
    const workbook = await draftWorkbook(h);
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'chua-sua.xlsx', bytes: await bytesOf(workbook) });
    expect(preview?.html).toMatch(/\d+ nhiệm vụ vẫn đánh dấu &quot;Cần kiểm tra&quot; \((?:NV|GD|P5-)\d/);
    expect(preview?.html).toContain('Kích hoạt');
  });

  it('drafts a plan text into a summary with the .xlsx review workbook attached, and imports nothing', async () => {
    const before = await h.snapshot();
    const [summary] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach-45.txt', bytes: SEED_TEXT });
    expect(summary?.html).toContain('Bản nháp kế hoạch từ “ke-hoach-45.txt”');
    expect(summary?.html).toMatch(/Nhiệm vụ: <b>9<\/b>, trong đó <b>\d+<\/b> cần kiểm tra/);
    expect(summary?.html).toContain('Đơn vị (4)');
    expect(summary?.html).toMatch(/Giai đoạn \(\d+\)/);
    expect(summary?.attachments?.[0]).toMatchObject({ kind: 'document', fileName: 'ke-hoach-45-kiem-tra.xlsx' });
    const workbook = await openWorkbook(summary?.attachments?.[0]?.bytes ?? new Uint8Array());
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(['Nhiệm vụ', 'Đơn vị', 'Giai đoạn']));
    expect(await h.snapshot()).toEqual(before);
  });

  it('the difference warns before Kích hoạt when tasks that have reports would be archived', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 40 đã rà soát');
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-02');
    const workbook = await draftWorkbook(h);
    renameUnit(workbook, 'CA_P5', 'CAP5');
    // drafted again, the reported duties keep their codes: nothing reported is archived, no warning
    const [kept] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'k.xlsx', bytes: await bytesOf(workbook) });
    expect(kept?.html).not.toContain('đã có báo cáo sẽ được lưu trữ');
    // the secretariat gives P5-01 another code in Excel: P5-01 would be archived with its report
    renameUnit(workbook, 'P5-01', 'X5-01');
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'k.xlsx', bytes: await bytesOf(workbook) });
    const html = preview?.html ?? '';
    const warning = /⚠️ <b>(\d+) nhiệm vụ đã có báo cáo sẽ được lưu trữ: ([^<]*)\.<\/b>/.exec(html);
    expect(warning?.[1]).toBe('1');
    expect(warning?.[2]).toBe('P5-01');
    expect(html.indexOf('⚠️ <b>')).toBeLessThan(html.indexOf('Bấm <b>Kích hoạt</b>'));
  });

  it('the whole flow: edited workbook → difference → Kích hoạt imports, audits and posts the cards once', async () => {
    const workbook = await draftWorkbook(h);
    renameUnit(workbook, 'CA_P5', 'CAP5');
    const before = await h.snapshot();
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach-45-kiem-tra.xlsx', bytes: await bytesOf(workbook) });
    expect(preview?.html).toContain('Đã kiểm tra “ke-hoach-45-kiem-tra.xlsx”: kế hoạch 45/KH-BCĐ');
    // drafted again in a committee whose plan is active, matching duties keep the current codes (GD3-01 by
    // its stored clause); those whose clause the document still has stay as followed; nothing is archived
    expect(preview?.html).toContain('+ Mới (1): NV06');
    expect(preview?.html).toMatch(/~ Thay đổi \(3\)/);
    expect(preview?.html).toContain('= Giữ nguyên: 5');
    expect(preview?.html).not.toContain('Lưu trữ');
    const { ok } = buttonData(preview);
    expect(preview?.buttons?.[0]?.map((b) => ('fallback' in b ? b.fallback : ''))).toEqual([
      expect.stringMatching(/^\/kichhoat \d+$/),
      expect.stringMatching(/^\/huynhap \d+$/),
    ]);
    expect(await h.snapshot()).toEqual(before);

    await h.press(STEERING_CHAT, SECRETARY, ok);
    expect(h.toasts.at(-1)).toBe('Đang nhập và kích hoạt kế hoạch…');
    // the outcome is a new message at the bottom of the chat; the prompt above only loses its buttons
    expect(h.replies.at(-1)?.html).toMatch(/Thư ký Lan đã nhập và kích hoạt kế hoạch <b>45\/KH-BCĐ<\/b> từ “ke-hoach-45-kiem-tra.xlsx”: 1 nhiệm vụ mới/);
    expect(h.edits.at(-1)).toEqual({ html: 'Đã nhập và kích hoạt kế hoạch 45/KH-BCĐ. (kết quả ở tin nhắn bên dưới)' });
    // The drafted "Công an Phường 5" is the committee's CAP5: its tasks reach the bound CAP5 group.
    const p501 = await h.stores.tasks.findTaskByCode('P5-01');
    expect(p501?.assignments.find((a) => a.role === 'lead')?.unitCode).toBe('CAP5');
    const audit = await h.stores.audit.list({ action: 'plan.import_activated' });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(SECRETARY.id);

    const queued = h.outbox.queued.length;
    const tasksAfter = await h.stores.tasks.listTasks();
    await h.press(STEERING_CHAT, SECRETARY, ok);
    expect(h.toasts.at(-1)).toContain('đã được kích hoạt rồi');
    const [typed] = await h.send(STEERING_CHAT, SECRETARY, `/kichhoat ${ok.split(':')[1]}`);
    expect(typed?.html).toContain('đã được kích hoạt rồi');
    // Huỷ after Kích hoạt: too late, and said so (not "not imported again", which answers another wish)
    const id = ok.split(':')[1];
    const [cancel] = await h.send(STEERING_CHAT, SECRETARY, `/huynhap ${id}`);
    expect(cancel?.html).toBe(`Yêu cầu nhập số ${id} đã được kích hoạt rồi nên không huỷ được nữa; kế hoạch đang được theo dõi.`);
    expect(h.outbox.queued.length).toBe(queued);
    expect(await h.stores.tasks.listTasks()).toEqual(tasksAfter);
    expect(await h.stores.audit.list({ action: 'plan.import_activated' })).toHaveLength(1);
  });

  it('Huỷ changes nothing; a YAML plan file goes the same way, and its request cannot be activated afterwards', async () => {
    const edited = SEED_YAML.replace(/title: (.*)/, 'title: $1 (sửa)');
    const before = await h.snapshot();
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach.yaml', bytes: new TextEncoder().encode(edited) });
    expect(preview?.html).toContain('kế hoạch 45/KH-BCĐ');
    const { no, ok } = buttonData(preview);
    await h.press(STEERING_CHAT, SECRETARY, no);
    expect(h.replies.at(-1)?.html).toContain('Thư ký Lan đã huỷ nhập “ke-hoach.yaml”. Không có gì thay đổi.');
    await h.press(STEERING_CHAT, SECRETARY, ok);
    expect(h.toasts.at(-1)).toContain('đã được huỷ');
    expect(await h.snapshot()).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('a pending import lives in the database: another instance (a restart) activates it', async () => {
    const workbook = await draftWorkbook(h);
    renameUnit(workbook, 'CA_P5', 'CAP5');
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.xlsx', bytes: await bytesOf(workbook) });
    const { ok } = buttonData(preview);
    const restarted = new (h.constructor as typeof CommandHarness)(h.stores, h.outbox, h.clock, { ...h.deps }, h.planId);
    await restarted.press(STEERING_CHAT, SECRETARY, ok);
    expect(restarted.replies.at(-1)?.html).toContain('đã nhập và kích hoạt kế hoạch');
    expect(await h.stores.tasks.findTaskByCode('NV06')).not.toBeNull();
  });

  it('an import that fails half-way leaves the request pending, so pressing again finishes it', async () => {
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.yaml', bytes: new TextEncoder().encode(SEED_YAML) });
    const { ok } = buttonData(preview);
    const plans = h.stores.plans;
    const importPlan = plans.importPlan;
    plans.importPlan = async () => {
      throw new Error('database went away');
    };
    await expect(h.press(STEERING_CHAT, SECRETARY, ok)).rejects.toThrow('database went away');
    plans.importPlan = importPlan;
    await h.press(STEERING_CHAT, SECRETARY, ok);
    expect(h.replies.at(-1)?.html).toContain('đã nhập và kích hoạt kế hoạch <b>45/KH-BCĐ</b>');
  });

  it('an expired request is refused and imports nothing', async () => {
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.yaml', bytes: new TextEncoder().encode(SEED_YAML) });
    const { ok } = buttonData(preview);
    h.clock.advance(49 * 60 * 60 * 1000);
    const audit = (await h.stores.audit.list({})).length;
    await h.press(STEERING_CHAT, SECRETARY, ok);
    expect(h.toasts.at(-1)).toContain('đã hết hạn');
    expect((await h.stores.audit.list({})).length).toBe(audit);
  });

  it("a corrected workbook sent in reply to the bot's message is read the same way; /trogiup says how", async () => {
    const workbook = await draftWorkbook(h);
    renameUnit(workbook, 'CA_P5', 'CAP5');
    h.files.set('reply-1', await bytesOf(workbook));
    const [preview] = await h.sendFile(STEERING_CHAT, SECRETARY, '555', { kind: 'document', fileId: 'reply-1', fileName: 'kh.xlsx' });
    expect(preview?.html).toContain('Đã kiểm tra “kh.xlsx”');
    const help = (await h.send(STEERING_CHAT, SECRETARY, '/trogiup'))[0]?.html ?? '';
    expect(help).toContain('Nạp kế hoạch (thường trực)');
    // QA: a file sent plainly in a Telegram group never reaches a bot that is not an admin: the help says what works
    expect(help).toContain('bot chỉ thấy tệp gửi bằng cách <b>trả lời (reply) một tin nhắn của bot</b>');
  });

  it('works in a private chat with the bot', async () => {
    const [summary] = await h.sendDocument(SECRETARY.id, SECRETARY, { fileName: 'ke-hoach.txt', bytes: SEED_TEXT });
    expect(summary?.attachments).toHaveLength(1);
  });

  it('someone without secretariat authority gets a polite refusal, and nothing changes', async () => {
    const before = await h.snapshot();
    const [refusal] = await h.sendDocument(STEERING_CHAT, OTHER, { fileName: 'ke-hoach.docx', bytes: buildDocx(documentXml(['x'])) });
    expect(refusal?.html).toContain('Chỉ thường trực Ban Chỉ đạo mới nạp kế hoạch');
    expect(refusal?.attachments).toBeUndefined();
    // other files people share in the steering group are not the bot's business
    expect(await h.sendDocument(STEERING_CHAT, OTHER, { fileName: 'anh-hop.jpg', bytes: new Uint8Array([1, 2, 3]) })).toEqual([]);
    // nor are documents in a unit group
    expect(await h.sendDocument(CAP5_CHAT, SECRETARY, { fileName: 'ke-hoach.txt', bytes: SEED_TEXT })).toEqual([]);

    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.yaml', bytes: new TextEncoder().encode(SEED_YAML) });
    const { ok } = buttonData(preview);
    await h.press(STEERING_CHAT, OTHER, ok);
    expect(h.toasts.at(-1)).toContain('Chỉ thường trực Ban Chỉ đạo');
    expect(await h.snapshot()).toEqual(before);
  });
});

describe('bad files in chat: a clear Vietnamese message and nothing imported', () => {
  let h: CommandHarness;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.deliver();
  });

  async function refused(fileName: string, bytes: Uint8Array, reportedSize?: number, chat = STEERING_CHAT): Promise<string> {
    const before = await h.snapshot();
    const replies = await h.sendDocument(chat, SECRETARY, { fileName, bytes, ...(reportedSize ? { reportedSize } : {}) });
    expect(replies).toHaveLength(1);
    expect(replies[0]?.attachments).toBeUndefined();
    expect(replies[0]?.buttons).toBeUndefined();
    expect(await h.snapshot()).toEqual(before);
    return text(replies);
  }

  async function brokenWorkbook(change: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const workbook = await draftWorkbook(h);
    renameUnit(workbook, 'CA_P5', 'CAP5');
    change(workbook);
    return bytesOf(workbook);
  }

  it('a file that is no plan', async () => {
    const minutes = 'BIÊN BẢN HỌP\nHôm nay các thành viên đã họp và trao đổi ý kiến về tình hình chung.\nCuộc họp kết thúc lúc 11 giờ.';
    expect(await refused('bien-ban.txt', new TextEncoder().encode(minutes))).toContain('không tìm thấy nhiệm vụ nào');
    // in a private chat every file is meant for the bot; in the steering group the secretariat's are too
    // (QA: a .zip there got silence), other people's other files are not its business
    expect(await refused('anh.jpg', new Uint8Array([0xff, 0xd8, 0xff]), undefined, SECRETARY.id)).toContain('Bot chưa đọc được tệp “anh.jpg”');
    const [zip] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach.zip', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) });
    expect(zip?.html).toContain('Bot chưa đọc được tệp “ke-hoach.zip”. Để nạp kế hoạch: gửi văn bản kế hoạch dạng <b>.docx</b>');
    expect(await h.sendDocument(STEERING_CHAT, OTHER, { fileName: 'ke-hoach.zip', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) })).toEqual([]);
    expect(await refused('ke-hoach.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toContain('tệp Word cũ (.doc)');
    expect(await refused('ke-hoach.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toContain('.xls (Excel 97-2003)');
    expect(await refused('bang.xlsx', new TextEncoder().encode('không phải Excel'))).toContain('không phải bảng tính Excel');
  });

  it('a scanned PDF with no text layer', async () => {
    expect(await refused('ke-hoach-scan.pdf', buildPdf([[], [], []]))).toContain('không có lớp chữ');
  });

  it('a huge file: refused before downloading, and by the document gate', async () => {
    expect(await refused('ke-hoach.pdf', new Uint8Array(10), 25 * 1024 * 1024)).toContain(
      'quá lớn (25 MB). Bot nhận văn bản .docx, .pdf và bảng .xlsx tối đa 20 MB, tệp .txt, .yaml tối đa 2 MB; nội dung văn bản tối đa 200.000 ký tự.',
    );
    // the gate names the same 2 MB the message above states for a .txt
    expect(await refused('ke-hoach.txt', new Uint8Array(3 * 1024 * 1024).fill(0x61))).toContain('quá lớn (3 MB); tệp văn bản tối đa 2 MB');
  });

  it('a zip bomb', async () => {
    const bomb = buildDocx(documentXml(['x']), [{ name: 'word/media/bomb.bin', data: Buffer.alloc(150 * 1024 * 1024) }]);
    expect(await refused('ke-hoach.docx', bomb)).toContain('khi giải nén sẽ chiếm');
    const workbookBomb = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), declaredSize: 250 * 1024 * 1024 }]);
    expect(await refused('ke-hoach.xlsx', workbookBomb)).toContain('giải nén ra quá lớn');
  });

  it('a password-protected .docx and .xlsx', async () => {
    const encrypted = Buffer.concat([OLE_MAGIC, Buffer.alloc(2048)]);
    expect(await refused('ke-hoach.docx', encrypted)).toContain('được đặt mật khẩu');
    expect(await refused('ke-hoach.xlsx', encrypted)).toContain('được đặt mật khẩu');
  });

  it('a workbook with a missing sheet or column', async () => {
    const noUnits = await brokenWorkbook((wb) => wb.removeWorksheet(sheet(wb, 'Đơn vị').id));
    const noUnitsMessage = await refused('kh.xlsx', noUnits);
    // the one real error, and how to get a fresh workbook in chat: no shell command, no knock-on lookups
    expect(noUnitsMessage).toMatch(/có 1 lỗi — chưa nhập gì[\s\S]*Sheet Đơn vị: không có sheet này/);
    expect(noUnitsMessage).toContain('gửi lại văn bản kế hoạch vào đây để nhận bảng mới');
    expect(noUnitsMessage).not.toContain('dieuphoi');
    expect(noUnitsMessage).not.toContain('không có ở sheet Đơn vị');
    const noDeadline = await brokenWorkbook((wb) => {
      const header = sheet(wb, 'Nhiệm vụ').getRow(1);
      header.eachCell((cell) => {
        if (cell.value === 'Hạn') cell.value = null;
      });
    });
    expect(await refused('kh.xlsx', noDeadline)).toMatch(/Sheet Nhiệm vụ.*Hạn/);
  });

  it('more errors than the message lists: the full list comes as a .txt, and nothing changes', async () => {
    const many = await brokenWorkbook((wb) => {
      for (let row = 2; row <= 9; row++) {
        sheet(wb, 'Nhiệm vụ').getCell(`C${row}`).value = 'CAP9';
        sheet(wb, 'Nhiệm vụ').getCell(`G${row}`).value = '31/02/2024';
      }
    });
    const before = await h.snapshot();
    const [reply] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.xlsx', bytes: many });
    expect(reply?.html).toContain('có 16 lỗi — chưa nhập gì');
    expect(reply?.html).toContain('… và 1 lỗi khác: xem đủ 16 lỗi trong tệp “kh-loi.txt” đính kèm.');
    expect(reply?.attachments?.[0]).toMatchObject({ kind: 'document', fileName: 'kh-loi.txt' });
    const list = new TextDecoder().decode(reply?.attachments?.[0]?.bytes);
    expect(list).toContain("Sheet Nhiệm vụ, dòng 9, cột Hạn: '31/02/2024' không phải ngày hợp lệ");
    expect(list).toContain('16. Sheet Nhiệm vụ, dòng 9');
    expect(await h.snapshot()).toEqual(before);
  });

  it('a unit that does not exist, and a bad date: named by sheet, row and column', async () => {
    const bad = await brokenWorkbook((wb) => {
      sheet(wb, 'Nhiệm vụ').getCell('C2').value = 'CAP9';
      sheet(wb, 'Nhiệm vụ').getCell('G3').value = '31/02/2024';
    });
    const message = await refused('kh.xlsx', bad);
    expect(message).toContain('có 2 lỗi — chưa nhập gì');
    expect(message).toContain("Sheet Nhiệm vụ, dòng 2, cột Chủ trì: đơn vị 'CAP9' không có ở sheet Đơn vị");
    expect(message).toContain("Sheet Nhiệm vụ, dòng 3, cột Hạn: '31/02/2024' không phải ngày hợp lệ");
  });

  it('a YAML plan with an error names its line', async () => {
    const broken = SEED_YAML.replace('lead: CAP5', 'lead: CAP9');
    expect(await refused('kh.yaml', new TextEncoder().encode(broken))).toMatch(/Dòng \d+, cột \d+: .*CAP9/);
  });
});
