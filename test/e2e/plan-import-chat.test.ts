import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRETARIAT_USER_ID, type SandboxServer, STEERING_CHAT_ID, type StoredMessage } from '../../src/sandbox/index.ts';
import { buttonData, type E2eSandbox, mark, startE2eSandbox, waitFor, waitForBotMessage } from './helpers.ts';

const SEED_TEXT = readFileSync('test/fixtures/plan-texts/45-KH-BCD-2023-tp-tra-vinh.txt');

/**
 * Loading a plan from chat the way a person does it on the sandbox's web page: upload the plan's text,
 * download the review workbook the bot sends, fix it, upload it back, press [Kích hoạt] — all over HTTP.
 */
describe('end to end: plan text → review workbook → edited workbook → Kích hoạt → task cards', () => {
  let sandbox: E2eSandbox;
  let server: SandboxServer;
  let api: string;
  let unitChat: number;
  let focalPoint: number;

  const upload = async (chatId: number, fileName: string, bytes: Uint8Array) => {
    const form = new FormData();
    form.set('chatId', String(chatId));
    form.set('fromUserId', String(SECRETARIAT_USER_ID));
    form.set('kind', 'document');
    form.set('file', new Blob([bytes]), fileName);
    const response = await fetch(`${api}/upload`, { method: 'POST', body: form });
    expect(response.status).toBe(200);
  };
  const download = async (stored: StoredMessage): Promise<Uint8Array> => {
    const fileId = stored.message.document?.file_id;
    if (!fileId) throw new Error('no document in the message');
    const response = await fetch(`${api}/files/${encodeURIComponent(fileId)}`);
    expect(response.status).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  };

  beforeAll(async () => {
    sandbox = await startE2eSandbox();
    server = sandbox.run.server;
    api = `${sandbox.run.url.replace(/\/$/, '')}/sandbox/api`;
    const chat = [...server.state.chats.values()].find((c) => c.chat.title === 'Công an Phường 5');
    if (!chat) throw new Error('the sandbox should seed the CAP5 group');
    unitChat = chat.chat.id;
    focalPoint = [...chat.members.keys()][0] ?? 0;
    await waitFor('the introduction in the CAP5 group', () => server.messages(unitChat).find((m) => m.fromBot));
    let since = mark(server);
    server.sendUserMessage({ chatId: STEERING_CHAT_ID, fromUserId: SECRETARIAT_USER_ID, text: '/batdau' });
    await waitForBotMessage(server, STEERING_CHAT_ID, since, 'Đã kết nối nhóm này làm nhóm Ban Chỉ đạo');
    since = mark(server);
    server.sendUserMessage({ chatId: STEERING_CHAT_ID, fromUserId: SECRETARIAT_USER_ID, text: '/moi CAP5' });
    const invite = await waitForBotMessage(server, STEERING_CHAT_ID, since, '/ketnoi ');
    const code = /\/ketnoi ([A-Z2-9]{8})/.exec(invite.message.text ?? '')?.[1];
    since = mark(server);
    server.sendUserMessage({ chatId: unitChat, fromUserId: focalPoint, text: `/ketnoi ${code}` });
    await waitForBotMessage(server, unitChat, since, 'Đã kết nối nhóm này với đơn vị Công an Phường 5');
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  it('goes from the plan text to task cards in the unit group', async () => {
    let since = mark(server);
    await upload(STEERING_CHAT_ID, 'ke-hoach-45.txt', SEED_TEXT);
    const summary = await waitForBotMessage(server, STEERING_CHAT_ID, since, 'Bản nháp kế hoạch từ “ke-hoach-45.txt”');
    expect(summary.message.text).toMatch(/Nhiệm vụ: 9, trong đó \d+ cần kiểm tra/);
    const sent = await waitFor('the review workbook', () =>
      server.messages(STEERING_CHAT_ID).find((m) => m.fromBot && m.seq > since && m.message.document?.file_name === 'ke-hoach-45-kiem-tra.xlsx'),
    );

    // The secretariat opens it in Excel, names the ward police as the committee does (CAP5), saves.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await download(sent)) as unknown as ArrayBuffer);
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === 'CA_P5') cell.value = 'CAP5';
        }),
      );
    }
    since = mark(server);
    await upload(STEERING_CHAT_ID, 'ke-hoach-45-kiem-tra.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    const preview = await waitForBotMessage(server, STEERING_CHAT_ID, since, 'Đã kiểm tra “ke-hoach-45-kiem-tra.xlsx”');
    // the sandbox's committee already runs this plan: the drafted duties keep its codes (GD3-01 by its
    // stored clause), those whose clause is unchanged stay as followed, and nothing is archived
    expect(preview.message.text).toContain('+ Mới (1): NV06');
    expect(preview.message.text).toContain('~ Thay đổi (3)');
    expect(preview.message.text).not.toContain('Lưu trữ');
    expect(buttonData(preview)).toEqual([expect.stringMatching(/^pi:\d+:ok$/), expect.stringMatching(/^pi:\d+:no$/)]);

    since = mark(server);
    const pressed = await fetch(`${api}/press`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chatId: STEERING_CHAT_ID, fromUserId: SECRETARIAT_USER_ID, messageId: preview.message.message_id, index: 0 }),
    });
    expect(await pressed.json()).toMatchObject({ ok: true, answered: true, answer: { text: 'Đang nhập và kích hoạt kế hoạch…' } });
    // the outcome arrives as a new message at the bottom; the prompt only loses its buttons
    const outcome = await waitForBotMessage(server, STEERING_CHAT_ID, since, 'đã nhập và kích hoạt kế hoạch 45/KH-BCĐ');
    expect(outcome.message.text).toContain('1 nhiệm vụ mới');
    expect(server.state.findMessage(STEERING_CHAT_ID, preview.message.message_id)?.message.text).toContain('(kết quả ở tin nhắn bên dưới)');
  });
});
