import { isJianbaoError } from '@jianbao/core';

/** An error as a person in the office is told it: what happened, what to do; the code and detail for a report. */
export interface PlainError {
  /** The stable code (JianbaoError's, or NETWORK / INTERNAL for what core did not raise). */
  code: string;
  what: string;
  todo: string;
  /** The technical message, where and snippet: shown behind 详情, never in the sentence itself. */
  detail: string;
  /** A network failure: trying again may work. */
  retry: boolean;
}

type Words = { what: string; todo: string };

/** `file` is the input's name, quoted in the sentence; for errors of a whole run it is null. */
const BY_CODE: Record<string, (file: string) => Words> = {
  INPUT_EMPTY: (f) => ({
    what: `${f}里没有可读的文字。`,
    todo: '请确认选对了文件；扫描件请先识别成文字。',
  }),
  INPUT_ENCODING: (f) => ({
    what: `${f}不是能识别的文字文件（文字编码无法识别），可能是改了扩展名的其他文件。`,
    todo: '请用 Word 或 WPS 打开原稿，另存为 .docx 后再添加。',
  }),
  INPUT_TOO_LARGE: (f) => ({
    what: `${f}太大，超出了页面能处理的大小。`,
    todo: '请拆成几个文件，或只保留各市报告的部分。',
  }),
  INPUT_FORMAT: (f) => ({
    what: `${f}的格式不对或文件已损坏，读不出内容。`,
    todo: '请用原来的软件打开它，另存为 .docx、.xlsx 或 .txt 后再添加。',
  }),
  INPUT_SCHEMA: (f) => ({
    what: `${f}的数据不符合要求（缺少字段，或字段的写法不对）。`,
    todo: '请对照说明检查 city（市名）、text（报告正文）等字段，或改用 .docx / .txt 报告。',
  }),
  INPUT_LIMIT: (f) => ({
    what: `${f}超出了处理上限（页数、行数或数字过多）。`,
    todo: '请拆成几个文件后再添加。',
  }),
  INPUT_SCANNED_PDF: (f) => ({
    what: `${f}是扫描件，只有图片，没有文字。`,
    todo: '请先用识别软件（OCR）转成文字，或向报送单位要 Word 原稿。',
  }),
  INPUT_NEEDS_CONVERSION: (f) => ({
    what: `${f}是旧版 Office 格式（.doc、.xls 等），页面读不了。`,
    todo: '请在 Word、Excel 或 WPS 中另存为 .docx 或 .xlsx 后再添加。',
  }),
  INPUT_TOO_MANY_SECTIONS: (f) => ({
    what: `${f}分出的段落太多，不像是各市的工作报告。`,
    todo: '请确认选对了文件；汇编稿请每市一段，段首写明市名。',
  }),
  FONT_NOT_FOUND: () => ({
    what: '排版 PDF 所需的字体没能下载，可能是网络断了。',
    todo: '请检查网络后点“重试”。生成 Word 文件不需要字体。',
  }),
  FONT_MISSING_GLYPHS: () => ({
    what: '有些字在排版字体里没有，无法排进 PDF。',
    todo: '请改为下载 Word 文件，或把这些字换成常用写法后再生成。',
  }),
  DOCUMENT_TOO_MANY_ROWS: () => ({
    what: '简报中的表格太长，超出了排版上限。',
    todo: '请减少城市或数字（在核对表中排除一些）后再生成。',
  }),
  USAGE: () => ({
    what: '版式中填写的内容有误。',
    todo: '请检查简报名称、期号、日期等各项后再生成。',
  }),
};

const GENERIC: Words = {
  what: '生成简报时出错。',
  todo: '请检查版式中的各项后重试；如仍出错，请把“详情”中的内容反馈给我们。',
};

/** `file`: the input the error is about (its name is said in the sentence), or null for a run's error. */
export function plainError(error: unknown, file: string | null): PlainError {
  const named = file === null ? '文件' : `“${file}”`;
  if (isJianbaoError(error)) {
    const words = BY_CODE[error.code]?.(named) ?? GENERIC;
    const { where, snippet } = error.details;
    const detail = [
      `${error.code}: ${error.message}`,
      typeof where === 'string' && !error.message.includes(where) ? `where: ${where}` : null,
      typeof snippet === 'string' && !error.message.includes(snippet) ? `snippet: ${snippet}` : null,
    ]
      .filter((line) => line !== null)
      .join('\n');
    return { code: error.code, ...words, detail, retry: error.code === 'FONT_NOT_FOUND' };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // A lazily loaded part of the page (a script converter, a reader) that could not be fetched: the network.
  if (/Failed to fetch|dynamically imported module|NetworkError|Load failed|network/i.test(message)) {
    return {
      code: 'NETWORK',
      what: '页面需要的一个组件没能下载，可能是网络断了。',
      todo: '请检查网络后点“重试”。',
      detail: message,
      retry: true,
    };
  }
  return {
    code: 'INTERNAL',
    what: '出现了意外错误。',
    todo: '请刷新页面后重试；如仍出错，请把“详情”中的内容反馈给我们。',
    detail: message,
    retry: false,
  };
}
