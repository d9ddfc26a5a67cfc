/**
 * A document rewritten as a legal-text crawler prints it (the shape of the real dev plan 04: thuvienphapluat pages
 * flattened to lines), to measure whether the drafter reads the same duties through that noise:
 * - no blank lines; a header part and its "-------" rule on one line;
 * - "Số: …", the dateline, the document type and its title run together on one line;
 * - a numbered label of two or more levels ("2.1.") alone on its line with its text on the next, and, after a
 *   heading line, the label run onto the end of that heading ("2. Nâng cao năng lực 2.1.");
 * - the signature block ("TM. …", "KT. …", titles, the signer) on one line, with the next heading run onto it.
 * Only layout changes: every word of the document stays, in order.
 */
export function crawlStyle(text: string): string {
  // a table line (tabs, runs of spaces, pipes) keeps its layout: crawlers print tables their own way, not measured here
  const isTable = (l: string | undefined) => l !== undefined && (/^[ \t]{2,}\S/.test(l) || /\t| {2,}\S|\|/.test(l.trim()));
  const lines = text.split('\n').map((l) => (isTable(l) ? l.replace(/\s+$/, '') : l.trim()));
  const out: string[] = [];
  // the header ends after the document type and the line of its title
  const kind = lines.slice(0, 15).findIndex((l) => /^(KẾ HOẠCH|CHƯƠNG TRÌNH|QUYẾT ĐỊNH|CHỈ THỊ|PHƯƠNG ÁN|ĐỀ ÁN|HƯỚNG DẪN|THÔNG BÁO|CÔNG ĐIỆN)/u.test(l));
  const titleLine = kind < 0 ? -1 : lines.findIndex((l, i) => i > kind && l !== '');
  const headerEnd = titleLine < 0 ? 0 : titleLine + 1;
  // header: the issuer's lines and their rule on one line, the motto's on one line, "Số:" with all after it
  let group = -1;
  for (let i = 0; i < headerEnd; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const starts = /^(Số\s*:|CỘNG HÒA)/u.test(line) || /^(Title|Source)\s*:/u.test(line) || (group < 0 && out.length === 0);
    if (starts || group < 0) {
      out.push(line);
      group = /^(Title|Source)\s*:/u.test(line) ? -1 : out.length - 1;
    } else out[group] += ` ${line}`;
  }
  let heading = false;
  let signature = false;
  for (let i = headerEnd; i < lines.length; i++) {
    const line = lines[i]!;
    const tableAround = isTable(lines[i - 1]) || isTable(lines[i + 1]);
    if (line === '' && !tableAround) continue;
    if (isTable(line) || line === '') {
      out.push(line);
      heading = false;
      continue;
    }
    if (/^(TM\.|KT\.|T\/M|Q\.|TL\.)\s/u.test(line)) {
      out.push(line);
      signature = true;
      continue;
    }
    if (signature) {
      // the signer's titles and name, and the heading that follows, run on
      out[out.length - 1] += ` ${line}`;
      if (!/^[\p{Lu}\s.]+$/u.test(line) || line.length > 40) signature = false;
      continue;
    }
    const label = /^(\d+\.\d+(?:\.\d+)*\.?)\s+(.*)$/u.exec(line);
    if (label) {
      if (heading && out.length > 0) out[out.length - 1] += ` ${label[1]}`;
      else out.push(label[1]!);
      out.push(label[2]!);
      heading = false;
      continue;
    }
    out.push(line);
    heading = /^(?:[IVX]+\.|\d+\.)\s/u.test(line) && !/[.;:]$/.test(line) && line.length < 160;
  }
  return `${out.join('\n')}\n`;
}

/**
 * A document as a legal-text site's page prints it in Markdown (the shape of the real dev plan 06): a "*Source: …*" line,
 * the page's heading after "# " and the header as a two-column pipe table (issuer | motto, number | dateline); the body as
 * it is. Only layout changes: every word of the document stays, in order (the title line is printed twice).
 */
export function markdownStyle(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  const motto = lines.findIndex((l) => /^CỘNG HÒA/u.test(l));
  const number = lines.findIndex((l) => /^Số\s*:/u.test(l));
  const dateline = lines.findIndex((l, i) => i > number && /,\s*ngày\s/u.test(l));
  if (motto < 0 || number < 0 || dateline < 0 || !(motto < number && number < dateline)) return text;
  const titled = lines[0]?.startsWith('Title:') ? 1 : 0;
  const issuer = lines.slice(titled, motto).filter(Boolean).join(' ');
  const mottoCell = lines.slice(motto, number).filter(Boolean).join(' ');
  const head = [
    ...(titled ? [`*Source: ${lines[0]!.slice('Title:'.length).trim()}*`, '', `# ${lines[0]!.slice('Title:'.length).trim()}`, ''] : []),
    `| ${issuer} | ${mottoCell} |`,
    '|---|---|',
    `| ${lines.slice(number, dateline).filter(Boolean).join(' ')} | ${lines[dateline]} |`,
    '',
  ];
  // the body keeps its lines: where a paragraph ends is not known in a text with wrapped lines
  return `${[...head, ...text.split('\n').slice(dateline + 1)].join('\n')}`;
}
