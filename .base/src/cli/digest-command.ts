import { parseArgs } from 'node:util';
import { type DigestPreview, previewDigest } from '../../jobs/preview-digest.ts';
import { vietnamCalendar } from '../core/time/work-calendar.ts';
import { marksToPlainText } from '../core/text/marks.ts';
import type { ChatRecord } from '../core/model/records.ts';
import { parseRecordId } from '../core/model/record-id.ts';
import { formatDateTimeVi } from '../core/time/zone.ts';
import { openDatabase } from '../db/open-database.ts';
import { createStores, type Stores } from '../db/stores.ts';

const DEFAULT_DATABASE_URL = 'file:./data/dieuphoi.db';

const USAGE = [
  'Cách dùng: dieuphoi digest --chat <mã nhóm|zalo:mã nhóm|mã đơn vị|steering> --at <thời điểm ISO> [--json] [--html]',
  'Xem trước bản tổng hợp mà nhóm sẽ nhận vào thời điểm đó (không gửi, không ghi nhận lượt chạy).',
  'Ví dụ: dieuphoi digest --chat steering --at 2023-03-01T16:30:00+07:00',
].join('\n');

export interface DigestCommandDeps {
  databaseUrl?: string;
}

type Parsed = { chat: string; at: Date; json: boolean; html: boolean };

function parse(argv: string[]): Parsed | { error: string } | 'help' {
  let values: ReturnType<typeof parseOptions>['values'];
  try {
    values = parseOptions(argv).values;
  } catch (error) {
    return { error: `Tham số không hợp lệ: ${(error as Error).message}` };
  }
  if (values.help) return 'help';
  if (!values.chat?.trim()) return { error: 'Thiếu --chat (mã nhóm, mã đơn vị hoặc steering).' };
  if (!values.at) return { error: 'Thiếu --at (thời điểm ISO, ví dụ 2023-03-01T07:30:00+07:00).' };
  const at = new Date(values.at);
  if (Number.isNaN(at.getTime())) return { error: `Thời điểm không hợp lệ: "${values.at}". Dùng dạng ISO, ví dụ 2023-03-01T07:30:00+07:00.` };
  return { chat: values.chat.trim(), at, json: Boolean(values.json), html: Boolean(values.html) };
}

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      chat: { type: 'string' },
      at: { type: 'string' },
      json: { type: 'boolean' },
      html: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
}

const virtualChat = (kind: 'unit' | 'steering', unitId: number | null): ChatRecord => ({
  id: 0,
  platform: 'preview',
  externalId: 'preview',
  title: null,
  kind,
  unitId,
  active: true,
  locale: 'vi',
  settings: {},
});

/**
 * A chat by internal id, by messenger id ("zalo:<id>", "telegram:<id>"; a bare group id is Telegram's),
 * the steering group, or a unit's group (a virtual one when unbound).
 */
async function resolveChat(stores: Stores, target: string): Promise<ChatRecord | null> {
  if (target.toLowerCase() === 'steering') {
    const [chat] = await stores.chats.listChats({ kind: 'steering', active: true });
    return chat ?? virtualChat('steering', null);
  }
  const qualified = /^(telegram|zalo):(.+)$/.exec(target);
  if (qualified) {
    const chat = await stores.chats.findChat(qualified[1]!, qualified[2]!);
    return chat && chat.kind !== 'unbound' ? chat : null;
  }
  if (/^-?\d+$/.test(target)) {
    // A Telegram group id (-100…) is beyond the database's id range: only a record id is looked up as one.
    const id = parseRecordId(target);
    const chat = (id !== null ? await stores.chats.getChat(id) : null) ?? (await stores.chats.findChat('telegram', target));
    return chat && chat.kind !== 'unbound' ? chat : null;
  }
  const unit = await stores.directory.findUnitByCode(target.toUpperCase());
  if (!unit) return null;
  const [chat] = await stores.chats.listChats({ kind: 'unit', unitId: unit.id, active: true });
  return chat ?? virtualChat('unit', unit.id);
}

function print(out: (line: string) => void, chat: ChatRecord, parsed: Parsed, preview: DigestPreview): void {
  if (parsed.json) {
    const messages = preview.messages.map((html) => ({ html, text: marksToPlainText(html) }));
    out(JSON.stringify({ chat: { id: chat.id, kind: chat.kind, unitId: chat.unitId }, at: parsed.at.toISOString(), edition: preview.edition, messages }));
    return;
  }
  if (preview.messages.length === 0) {
    out(`Không có bản tổng hợp cho nhóm này lúc ${formatDateTimeVi(parsed.at)} (đơn vị chưa có nhiệm vụ hoặc chưa có kế hoạch hiệu lực).`);
    return;
  }
  preview.messages.forEach((html, index) => {
    if (index > 0) out('');
    out(parsed.html ? html : marksToPlainText(html));
  });
}

/**
 * `dieuphoi digest --chat <id|unit code|steering> --at <ISO> [--json] [--html]`: prints the digest a chat
 * would get at that time, without sending or claiming anything. Returns the exit code (2 on bad arguments).
 */
export async function runDigestCommand(argv: string[], out: (line: string) => void, deps: DigestCommandDeps = {}): Promise<number> {
  const parsed = parse(argv);
  if (parsed === 'help') {
    out(USAGE);
    return 0;
  }
  if ('error' in parsed) {
    out(parsed.error);
    out(USAGE);
    return 2;
  }
  // A preview reads only: it neither migrates nor claims slots, so it is safe next to a running bot.
  const db = await openDatabase(deps.databaseUrl ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, { migrate: false });
  try {
    const stores = createStores(db);
    const chat = await resolveChat(stores, parsed.chat);
    if (!chat) {
      out(`Không tìm thấy nhóm hoặc đơn vị "${parsed.chat}".`);
      return 2;
    }
    print(out, chat, parsed, await previewDigest(stores, chat, parsed.at, vietnamCalendar));
    return 0;
  } finally {
    await db.close();
  }
}
