import { API, formatTime, renderMessage, senderName, snippet } from './render-message.js';

const HOUR = 3_600_000;
const $ = (testId) => document.querySelector(`[data-testid="${testId}"]`);

const view = {
  seq: 0,
  now: 0,
  bot: undefined,
  chats: [],
  /** chatId → Map(messageId → { message, deleted, fromBot, firstSeq }) */
  messages: new Map(),
  lastRead: new Map(),
  speaker: new Map(),
  currentChatId: undefined,
  replyTo: undefined,
};

async function call(path, body) {
  const init =
    body instanceof FormData ? { method: 'POST', body } : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(`${API}${path}`, init);
  const result = await response.json();
  if (!result.ok) throw new Error(result.error ?? 'Lỗi không xác định');
  return result;
}

function toast(text) {
  const element = $('toast');
  element.textContent = text;
  element.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => {
    element.hidden = true;
  }, 3500);
}

function merge(snapshot) {
  view.seq = snapshot.seq;
  view.now = snapshot.now;
  view.bot = snapshot.bot;
  view.chats = snapshot.chats;
  for (const entry of snapshot.messages) {
    let chat = view.messages.get(entry.chatId);
    if (!chat) {
      chat = new Map();
      view.messages.set(entry.chatId, chat);
    }
    const previous = chat.get(entry.message.message_id);
    chat.set(entry.message.message_id, { ...entry, firstSeq: previous?.firstSeq ?? entry.seq });
  }
  if (view.currentChatId === undefined && view.chats.length > 0) view.currentChatId = view.chats[0].id;
  markRead();
}

function markRead() {
  if (view.currentChatId !== undefined) view.lastRead.set(view.currentChatId, view.seq);
}

function currentChat() {
  return view.chats.find((chat) => chat.id === view.currentChatId);
}

function speakerId(chat) {
  const chosen = view.speaker.get(chat.id);
  if (chosen !== undefined && chat.members.some((m) => m.id === chosen)) return chosen;
  return chat.members[0]?.id;
}

function render() {
  $('clock-now').textContent = formatTime(view.now);
  renderChatList();
  renderHeader();
  renderMessages();
  renderReplyBar();
}

/** Phones: the group list is a drop-down; the toggle shows the open group and how many messages are new elsewhere. */
function setListOpen(open) {
  document.body.classList.toggle('list-open', open);
  $('chat-list-toggle').setAttribute('aria-expanded', String(open));
}

function unreadIn(chat) {
  const lastRead = view.lastRead.get(chat.id) ?? 0;
  return [...(view.messages.get(chat.id)?.values() ?? [])].filter((e) => !e.deleted && e.firstSeq > lastRead).length;
}

function renderChatList() {
  const unreadElsewhere = view.chats.filter((chat) => chat.id !== view.currentChatId).reduce((sum, chat) => sum + unreadIn(chat), 0);
  $('chat-list-toggle').textContent = unreadElsewhere > 0 ? `Nhóm · ${unreadElsewhere} mới ▾` : 'Nhóm ▾';
  const list = $('chat-list');
  list.replaceChildren(
    ...view.chats.map((chat) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.testid = `chat-${chat.id}`;
      button.className = chat.id === view.currentChatId ? 'chat-item active' : 'chat-item';
      const title = document.createElement('span');
      title.className = 'chat-item-title';
      title.textContent = chat.title;
      button.append(title);
      if (chat.platform === 'zalo') button.append(platformTag(chat));
      const unread = unreadIn(chat);
      if (unread > 0 && chat.id !== view.currentChatId) {
        const badge = document.createElement('span');
        badge.className = 'badge';
        badge.dataset.testid = `chat-unread-${chat.id}`;
        badge.textContent = String(unread);
        button.append(badge);
      }
      if (!chat.botIsMember) button.title = 'Bot chưa ở trong nhóm';
      button.addEventListener('click', () => {
        view.currentChatId = chat.id;
        view.replyTo = undefined;
        setListOpen(false);
        markRead();
        render();
        scrollToBottom();
      });
      item.append(button);
      return item;
    }),
  );
}

/** Zalo groups are marked beside Telegram ones; the bot reads there only what mentions it. */
function platformTag(chat) {
  const tag = document.createElement('span');
  tag.className = 'platform-tag';
  tag.dataset.testid = `chat-platform-${chat.id}`;
  tag.textContent = 'Zalo';
  return tag;
}

function renderHeader() {
  const chat = currentChat();
  if (!chat) return;
  $('chat-title').textContent = chat.platform === 'zalo' ? `${chat.title} · Zalo` : chat.title;
  const zaloHint = chat.platform === 'zalo' ? ` · Zalo: bot chỉ đọc tin nhắc tới "@${view.bot?.name ?? 'bot'}"` : '';
  $('chat-meta').textContent = `${chat.members.length} thành viên · ${chat.botIsMember ? 'bot đang trong nhóm' : 'bot chưa ở trong nhóm'}${zaloHint}`;
  const select = $('member-select');
  const selected = speakerId(chat);
  select.replaceChildren(
    ...chat.members.map((member) => {
      const option = document.createElement('option');
      option.value = String(member.id);
      option.textContent = member.status === 'creator' ? `${member.name} (trưởng nhóm)` : member.name;
      option.selected = member.id === selected;
      return option;
    }),
  );
  const membership = $('bot-membership');
  membership.hidden = false;
  membership.textContent = chat.botIsMember ? 'Xoá bot khỏi nhóm' : 'Thêm bot vào nhóm';
}

function renderMessages() {
  const list = $('message-list');
  const chat = currentChat();
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  const entries = [...(view.messages.get(view.currentChatId)?.values() ?? [])]
    .filter((e) => !e.deleted)
    .sort((a, b) => a.message.message_id - b.message.message_id);
  const me = chat ? speakerId(chat) : undefined;
  list.replaceChildren(...entries.map((entry) => renderMessage(entry, me, { onReply: startReply, onPress: press })));
  if (atBottom) scrollToBottom();
}

function startReply(message) {
  view.replyTo = message;
  renderReplyBar();
  $('composer-input').focus();
}

// Once read, the hint only takes room (on a phone a third of the screen): closed, it stays closed.
function hintClosed() {
  try {
    return localStorage.getItem('reply-hint-closed') === '1';
  } catch {
    return false;
  }
}

function renderReplyBar() {
  const bar = $('reply-bar');
  bar.hidden = !view.replyTo;
  if (view.replyTo) $('reply-text').textContent = `Trả lời ${senderName(view.replyTo)}: ${snippet(view.replyTo)}`;
  // Replying by clicking is this page's own gesture: say so where a bot message waits for a reply (Zalo has no replies).
  const chat = currentChat();
  const botSpoke = [...(view.messages.get(view.currentChatId)?.values() ?? [])].some((e) => e.fromBot && !e.deleted);
  $('reply-hint').hidden = hintClosed() || Boolean(view.replyTo) || !chat || chat.platform === 'zalo' || !botSpoke;
}

function scrollToBottom() {
  const list = $('message-list');
  list.scrollTop = list.scrollHeight;
}

function actor() {
  const chat = currentChat();
  if (!chat) throw new Error('Chưa chọn nhóm');
  const fromUserId = speakerId(chat);
  if (fromUserId === undefined) throw new Error('Nhóm chưa có thành viên');
  return { chatId: chat.id, fromUserId };
}

async function press(messageId, index, element) {
  element.disabled = true;
  try {
    const result = await call('/press', { ...actor(), messageId, index });
    if (result.url) window.open(result.url, '_blank', 'noopener');
    else if (result.answer?.text) toast(result.answer.text);
    else if (!result.answered) toast('Bot chưa trả lời nút bấm');
  } catch (error) {
    toast(error.message);
  } finally {
    element.disabled = false;
  }
}

async function sendText() {
  const input = $('composer-input');
  const text = input.value;
  if (text.trim() === '') return;
  try {
    await call('/messages', { ...actor(), text, replyToMessageId: view.replyTo?.message_id });
    input.value = '';
    view.replyTo = undefined;
    renderReplyBar();
    scrollToBottom();
  } catch (error) {
    toast(error.message);
  }
}

async function upload(kind, input) {
  const file = input.files?.[0];
  if (!file) return;
  const form = new FormData();
  const { chatId, fromUserId } = actor();
  form.set('chatId', String(chatId));
  form.set('fromUserId', String(fromUserId));
  form.set('kind', kind);
  form.set('caption', $('composer-input').value);
  if (view.replyTo) form.set('replyToMessageId', String(view.replyTo.message_id));
  form.set('file', file, file.name);
  try {
    await call('/upload', form);
    $('composer-input').value = '';
    view.replyTo = undefined;
    renderReplyBar();
  } catch (error) {
    toast(error.message);
  } finally {
    input.value = '';
  }
}

async function moveClock(body) {
  try {
    const result = await call('/clock', body);
    view.now = result.now;
    $('clock-now').textContent = formatTime(view.now);
    toast(`Giờ hộp cát: ${formatTime(view.now)}`);
  } catch (error) {
    toast(error.message);
  }
}

/** The keyboard hint fits the placeholder only where the composer is wide; a phone keeps the short one (and has no Shift+Enter). */
function fitPlaceholder() {
  const wide = matchMedia('(min-width: 721px)');
  const set = () => {
    $('composer-input').placeholder = wide.matches ? 'Nhập tin nhắn… (Enter để gửi, Shift+Enter xuống dòng)' : 'Nhập tin nhắn…';
  };
  set();
  wide.addEventListener('change', set);
}

function wire() {
  fitPlaceholder();
  $('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    sendText();
  });
  $('composer-input').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      sendText();
    }
  });
  $('reply-cancel').addEventListener('click', () => {
    view.replyTo = undefined;
    renderReplyBar();
  });
  $('reply-hint-close').addEventListener('click', () => {
    try {
      localStorage.setItem('reply-hint-closed', '1');
    } catch {}
    $('reply-hint').hidden = true;
  });
  $('member-select').addEventListener('change', (event) => {
    view.speaker.set(view.currentChatId, Number(event.target.value));
    renderMessages();
  });
  $('upload-photo-input').addEventListener('change', (event) => upload('photo', event.target));
  $('upload-document-input').addEventListener('change', (event) => upload('document', event.target));
  $('bot-membership').addEventListener('click', async () => {
    const chat = currentChat();
    if (!chat) return;
    try {
      await call('/bot-membership', { ...actor(), action: chat.botIsMember ? 'remove' : 'add' });
    } catch (error) {
      toast(error.message);
    }
  });
  $('chat-list-toggle').addEventListener('click', () => setListOpen(!document.body.classList.contains('list-open')));
  $('clock-advance-hour').addEventListener('click', () => moveClock({ advanceMs: HOUR }));
  $('clock-advance-day').addEventListener('click', () => moveClock({ advanceMs: 24 * HOUR }));
  $('clock-next-morning').addEventListener('click', () => moveClock({ preset: 'next-morning' }));
}

async function poll() {
  let wait = 0;
  for (;;) {
    try {
      const response = await fetch(`${API}/state?since=${view.seq}&wait=${wait}`);
      wait = 20;
      merge(await response.json());
      render();
      document.body.dataset.ready = 'true';
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

wire();
poll();
