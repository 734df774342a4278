import { describe, expect, it } from 'vitest';
import { skipReason } from '../src/input-panel';

describe('skipReason: a chosen folder’s files that are not reports, as the CLI decides', () => {
  it('reads reports, and leaves out hidden files, an open document’s owner file, README and other formats', () => {
    expect(skipReason('01-南京.docx')).toBeNull();
    expect(skipReason('无锡.pdf')).toBeNull();
    expect(skipReason('.DS_Store')).toBe('隐藏文件，未读取');
    expect(skipReason('~$南京.docx')).toBe('文档打开时的临时文件，未读取');
    expect(skipReason('README.md')).toBe('说明文件，不是报告，未读取');
    expect(skipReason('photo.png')).toBe('不是支持的报告格式，未读取');
  });
});
