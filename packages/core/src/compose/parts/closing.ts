import type { ClosingNode } from '../../document/schema.js';
import { dateText } from '../vocabulary.js';
import type { PartContext } from './context.js';

/** The closing block (版记): 报/送/发 lines as given, compiling office, 印发 date, copies. */
export function closing({ options }: PartContext): ClosingNode {
  const { report, send, issue } = options.recipients;
  const recipients = [
    { label: '报：', text: report },
    { label: '送：', text: send },
    { label: '发：', text: issue },
  ].filter((r): r is { label: string; text: string } => typeof r.text === 'string' && r.text !== '');
  return {
    type: 'closing',
    recipients,
    office: options.office,
    printDate: `${dateText(options.date)}印发`,
    copies: options.copies === null ? null : `共印${options.copies}份`,
  };
}
