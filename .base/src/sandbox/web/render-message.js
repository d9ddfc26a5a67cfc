// Draws one message (header, reply quote, photo, document, text, inline keyboard) as DOM.
import { renderEntities } from './render-entities.js';

export const API = '/sandbox/api';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** dd/MM/yyyy HH:mm in Vietnam. */
export function formatTime(ms) {
  const parts = Object.fromEntries(timeFormat.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

export function senderName(message) {
  if (!message.from) return '';
  return [message.from.first_name, message.from.last_name].filter(Boolean).join(' ');
}

export function snippet(message) {
  const text = message.text ?? message.caption ?? (message.photo ? '[Ảnh]' : message.document ? `[Tệp] ${message.document.file_name ?? ''}` : '');
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** onReply(message) when the message is clicked; onPress(messageId, index, button) for its buttons. */
export function renderMessage(entry, me, { onReply, onPress }) {
  const { message } = entry;
  const item = document.createElement('li');
  item.dataset.testid = `message-${message.message_id}`;
  item.dataset.messageId = String(message.message_id);
  if (message.new_chat_members || message.left_chat_member) {
    item.className = 'message service';
    const name = senderName(message);
    item.textContent = message.new_chat_members ? `${name} đã thêm bot vào nhóm` : `${name} đã xoá bot khỏi nhóm`;
    return item;
  }
  item.className = `message ${entry.fromBot ? 'from-bot' : 'from-user'}${message.from?.id === me ? ' mine' : ''}`;
  const header = document.createElement('div');
  header.className = 'message-header';
  const sent = formatTime(message.date * 1000);
  const time = `${sent.slice(11)} ${sent.slice(0, 5)}`;
  if (entry.fromBot) {
    const tag = document.createElement('span');
    tag.className = 'bot-tag';
    tag.textContent = 'BOT';
    header.append(tag);
  }
  header.append(`${senderName(message)} · ${time}${message.edit_date ? ' · đã sửa' : ''}`);
  item.append(header);
  if (message.reply_to_message) {
    const quote = document.createElement('div');
    quote.className = 'reply-quote';
    quote.textContent = `↪ ${senderName(message.reply_to_message)}: ${snippet(message.reply_to_message)}`;
    item.append(quote);
  }
  const largest = message.photo?.at(-1);
  if (largest) {
    const image = document.createElement('img');
    image.src = `${API}/files/${encodeURIComponent(largest.file_id)}`;
    image.alt = 'Ảnh';
    image.dataset.testid = `photo-${message.message_id}`;
    item.append(image);
  }
  if (message.document) {
    const link = document.createElement('a');
    link.href = `${API}/files/${encodeURIComponent(message.document.file_id)}`;
    link.download = message.document.file_name ?? 'tep';
    link.textContent = `Tệp: ${message.document.file_name ?? 'Tệp'} (${Math.ceil((message.document.file_size ?? 0) / 1024)} KB)`;
    link.dataset.testid = `document-${message.message_id}`;
    link.addEventListener('click', (event) => event.stopPropagation());
    item.append(link);
  }
  const text = message.text ?? message.caption;
  if (text) {
    const body = document.createElement('div');
    body.className = 'message-text';
    body.dataset.testid = `message-text-${message.message_id}`;
    body.append(renderEntities(document, text, message.text ? message.entities : message.caption_entities));
    item.append(body);
  }
  if (entry.reactions?.length) {
    // The bot's reaction (setMessageReaction), as Telegram shows it under the message.
    const reactions = document.createElement('div');
    reactions.className = 'reactions';
    reactions.dataset.testid = `reactions-${message.message_id}`;
    reactions.title = 'Bot đã thả cảm xúc';
    reactions.textContent = entry.reactions.join(' ');
    Object.assign(reactions.style, { display: 'inline-block', marginTop: '4px', padding: '1px 8px', borderRadius: '12px', background: 'rgba(0, 0, 0, 0.06)' });
    item.append(reactions);
  }
  const keyboard = message.reply_markup?.inline_keyboard;
  if (keyboard) item.append(renderKeyboard(message, keyboard, onPress));
  if (entry.fromBot) item.title = 'Bấm để trả lời tin này';
  item.addEventListener('click', () => onReply(message));
  return item;
}

function renderKeyboard(message, keyboard, onPress) {
  const container = document.createElement('div');
  container.className = 'keyboard';
  let index = 0;
  for (const row of keyboard) {
    const line = document.createElement('div');
    line.className = 'keyboard-row';
    for (const button of row) {
      const element = document.createElement('button');
      element.type = 'button';
      element.textContent = button.text;
      element.dataset.testid = `button-${message.message_id}-${index}`;
      const buttonIndex = index;
      element.addEventListener('click', (event) => {
        event.stopPropagation();
        onPress(message.message_id, buttonIndex, element);
      });
      line.append(element);
      index += 1;
    }
    container.append(line);
  }
  return container;
}
