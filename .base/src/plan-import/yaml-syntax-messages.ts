/** Vietnamese (and English) explanations of the `yaml` package's error codes. */
const MESSAGES: Record<string, [vi: string, en: string]> = {
  BAD_INDENT: [
    'thụt lề không đúng hoặc thiếu dấu đóng ] / }. Hãy kiểm tra các dòng cùng cấp thụt lề bằng nhau.',
    'bad indentation or a missing closing ] / }. Check that sibling lines are indented alike.',
  ],
  TAB_AS_INDENT: ['không được dùng phím Tab để thụt lề trong YAML. Hãy thay Tab bằng dấu cách.', 'tabs are not allowed as indentation in YAML. Use spaces.'],
  DUPLICATE_KEY: [
    'một trường bị khai báo hai lần trong cùng một mục. Hãy xóa dòng trùng.',
    'a field is given twice in the same item. Remove the duplicate line.',
  ],
  MISSING_CHAR: [
    'thiếu ký tự đóng (dấu ngoặc kép, ngoặc vuông hoặc ngoặc nhọn). Hãy đóng lại cho đủ.',
    'a closing character (quote, ] or }) is missing. Close it.',
  ],
  BLOCK_AS_IMPLICIT_KEY: [
    'có hai dấu ":" trên một dòng. Nếu giá trị chứa dấu ":", hãy đặt nó trong dấu ngoặc kép.',
    'two ":" on one line. Quote a value that contains ":".',
  ],
  MULTILINE_IMPLICIT_KEY: [
    'tên trường không được kéo dài nhiều dòng. Hãy kiểm tra dấu ":" và thụt lề.',
    'a key cannot span lines. Check the ":" and the indentation.',
  ],
  UNEXPECTED_TOKEN: [
    'ký tự không mong đợi ở đây (thường do thụt lề sai hoặc trộn "- " với "tên: giá trị"). Hãy sửa dòng này.',
    'unexpected token here (often wrong indentation or mixing "- " items with "key: value"). Fix this line.',
  ],
  BAD_SCALAR_START: [
    'giá trị bắt đầu bằng ký tự đặc biệt. Hãy đặt giá trị trong dấu ngoặc kép.',
    'the value starts with a reserved character. Quote the value.',
  ],
  MULTIPLE_DOCS: [
    'tệp chứa nhiều tài liệu YAML (dòng "---"). Mỗi tệp chỉ chứa một kế hoạch.',
    'the file holds several YAML documents ("---"). One plan per file.',
  ],
  ALIAS_LIMIT: [
    'tệp dùng bí danh (&neo / *bí danh) lồng nhau quá nhiều, khi mở ra sẽ làm cạn bộ nhớ nên không đọc. Hãy viết các mục ra đầy đủ thay vì dùng bí danh.',
    'the file nests aliases (&anchor / *alias) so deeply that expanding them would exhaust memory; not read. Write the entries out instead of aliasing.',
  ],
  TAG_RESOLVE_FAILED: ['không đọc được giá trị có thẻ (!tag). Hãy bỏ thẻ.', 'could not resolve a tagged value. Remove the tag.'],
};

export function yamlSyntaxMessage(code: string, original: string): { message: string; messageEn: string } {
  const known = MESSAGES[code];
  const detail = original.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? original;
  if (known) return { message: `lỗi cú pháp YAML: ${known[0]}`, messageEn: `YAML syntax error: ${known[1]} (${detail})` };
  return { message: `lỗi cú pháp YAML (${code}): ${detail}. Hãy sửa dòng này.`, messageEn: `YAML syntax error (${code}): ${detail}` };
}
