// Builds DOM from Telegram text + entities. Text only ever becomes text nodes, never markup,
// so nothing a bot or a person writes can inject HTML into the page.

const TAGS = {
  bold: 'b',
  italic: 'i',
  underline: 'u',
  strikethrough: 's',
  code: 'code',
  pre: 'pre',
  blockquote: 'blockquote',
  expandable_blockquote: 'blockquote',
};

const BLOCKS = new Set(['pre', 'blockquote', 'expandable_blockquote']);

const SAFE_URL = /^(https?:|tg:|mailto:)/i;

/** @returns {DocumentFragment} */
export function renderEntities(doc, text, entities) {
  const fragment = doc.createDocumentFragment();
  const sorted = [...(entities ?? [])].sort((a, b) => a.offset - b.offset || b.length - a.length);
  build(doc, text ?? '', sorted, 0, (text ?? '').length, fragment);
  return fragment;
}

function build(doc, text, entities, start, end, parent) {
  let position = start;
  let index = 0;
  while (index < entities.length) {
    const entity = entities[index];
    if (entity.offset < position || entity.offset >= end) {
      index += 1;
      continue;
    }
    if (entity.offset > position) parent.append(text.slice(position, entity.offset));
    const entityEnd = Math.min(entity.offset + entity.length, end);
    const children = [];
    let next = index + 1;
    while (next < entities.length && entities[next].offset < entityEnd) {
      children.push(entities[next]);
      next += 1;
    }
    const element = elementFor(doc, entity, text.slice(entity.offset, entityEnd));
    build(doc, text, children, entity.offset, entityEnd, element);
    parent.append(element);
    position = entityEnd;
    // Telegram draws a quote or a code block as a block: the line break right after it ends the block
    // and is not an empty line of its own (kept, the page showed one blank line more than a phone).
    if (BLOCKS.has(entity.type) && text[position] === '\n' && position < end) position += 1;
    index = next;
  }
  if (position < end) parent.append(text.slice(position, end));
}

function elementFor(doc, entity, content) {
  const tag = TAGS[entity.type];
  if (tag) {
    const element = doc.createElement(tag);
    if (entity.type === 'pre' && entity.language) element.dataset.language = entity.language;
    if (entity.type === 'expandable_blockquote') element.className = 'expandable';
    return element;
  }
  if (entity.type === 'text_link' || entity.type === 'url') {
    const link = doc.createElement('a');
    const href = entity.type === 'url' ? content : entity.url;
    if (href && SAFE_URL.test(href)) link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    return link;
  }
  const span = doc.createElement('span');
  if (entity.type === 'spoiler') {
    span.className = 'spoiler';
    span.title = 'Bấm để xem';
    span.addEventListener('click', (event) => {
      event.stopPropagation();
      span.classList.add('revealed');
    });
  } else {
    span.className = entity.type.replaceAll('_', '-');
  }
  return span;
}
