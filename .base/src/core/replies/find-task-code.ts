/** At most this many words are looked up as task codes in one message. */
const MAX_CANDIDATES = 5;

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export interface CodeCandidate {
  /** upper case, as codes are stored */
  code: string;
  /** the word as written, to remove it from the text that is read as the report */
  written: string;
}

/**
 * Words of a text that may be task codes ("P5-01", "gd2-02"): letters and digits (with "-", "_", ".")
 * holding at least one of each, in the order written. Where a messenger has no reply threads a report
 * names its task this way: "@Điều phối P5-01 xong rồi".
 */
export function taskCodeCandidates(text: string): CodeCandidate[] {
  const seen = new Set<string>();
  const candidates: CodeCandidate[] = [];
  for (const raw of text.split(/[\s,;:!?()"'“”]+/)) {
    const written = raw.replace(/[.\-_]+$/, '');
    if (!CODE.test(written) || !/[A-Za-z]/.test(written) || !/\d/.test(written)) continue;
    const code = written.toUpperCase();
    if (seen.has(code)) continue;
    seen.add(code);
    candidates.push({ code, written });
    if (candidates.length === MAX_CANDIDATES) break;
  }
  return candidates;
}
