/** Escapes user text for Telegram's HTML parse mode (the only characters it requires plus the quote for attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
