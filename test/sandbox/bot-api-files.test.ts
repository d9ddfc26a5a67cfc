import { InputFile } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './helpers.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.server.close();
});

/** A 3×2 PNG header is enough for the sandbox to read the size. */
function tinyPng(): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, 3);
  view.setUint32(20, 2);
  return bytes;
}

describe('sandbox Bot API: files', () => {
  it('accepts a multipart document upload and serves the same bytes back', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 13, 10, 45, 45, 66]);
    const sent = await h.api.sendDocument(h.groupId, new InputFile(bytes, 'Báo cáo tuần 1.pdf'), {
      caption: '<b>Báo cáo</b> tuần',
      parse_mode: 'HTML',
    });
    expect(sent.document).toMatchObject({ file_name: 'Báo cáo tuần 1.pdf', mime_type: 'application/pdf', file_size: bytes.length });
    expect(sent.caption).toBe('Báo cáo tuần');
    expect(sent.caption_entities).toEqual([{ type: 'bold', offset: 0, length: 7 }]);
    const file = await h.api.getFile(sent.document!.file_id);
    const response = await fetch(`${h.apiRoot}/file/bot${h.server.token}/${file.file_path}`);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    await expect(h.api.getFile('không-có')).rejects.toMatchObject({ description: 'Bad Request: invalid file_id' });
  });

  it('sends a photo with its size and resends it by file_id', async () => {
    const sent = await h.api.sendPhoto(h.groupId, new InputFile(tinyPng(), 'anh.png'));
    expect(sent.photo?.[0]).toMatchObject({ width: 3, height: 2 });
    const again = await h.api.sendPhoto(h.groupId, sent.photo![0]!.file_id, { caption: 'lại' });
    expect(again.photo?.[0]?.file_id).toBe(sent.photo![0]!.file_id);
    await expect(h.api.sendPhoto(h.groupId, 'https://example.com/a.jpg')).rejects.toMatchObject({ error_code: 400 });
  });

  it("delivers a user's uploaded document to the bot, downloadable by file_id", async () => {
    const task = await h.api.sendMessage(h.groupId, 'Nhiệm vụ 2');
    const bytes = new TextEncoder().encode('biên bản họp');
    await h.server.sendUserFile({
      chatId: h.groupId,
      fromUserId: h.alice,
      kind: 'document',
      fileName: 'bien-ban.txt',
      bytes,
      caption: 'minh chứng',
      replyToMessageId: task.message_id,
    });
    const [update] = await h.api.getUpdates();
    const document = update?.message?.document;
    expect(document).toMatchObject({ file_name: 'bien-ban.txt', mime_type: 'text/plain' });
    const file = await h.api.getFile(document!.file_id);
    const response = await fetch(`${h.apiRoot}/file/bot${h.server.token}/${file.file_path}`);
    expect(await response.text()).toBe('biên bản họp');
  });
});
