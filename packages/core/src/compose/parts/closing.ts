import type { ClosingNode } from '../../document/schema.js';
import { dateText } from '../vocabulary.js';
import type { PartContext } from './context.js';

/** The closing block (版记): 报/送/发/抄送 lines as given, the printing office and 印发 date, copies. */
export function closing({ options }: PartContext): ClosingNode {
  const { report, send, issue, copy } = options.recipients;
  const recipients = [
    { label: '报：', text: report },
    { label: '送：', text: send },
    { label: '发：', text: issue },
    { label: '抄送：', text: copy },
  ].filter((r): r is { label: string; text: string } => typeof r.text === 'string' && r.text !== '');
  return {
    type: 'closing',
    recipients,
    office: options.printer,
    printDate: `${dateText(options.date)}印发`,
    copies: options.copies === null ? null : `共印${options.copies}份`,
  };
}
