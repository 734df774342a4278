import { JianbaoError } from '../errors.js';
import { check } from '../schema-issues.js';
import { type BriefingDocument, briefingDocumentSchema } from './schema.js';

export interface ValidateOptions {
  /**
   * At most this many rows in one table (header rows included); more → DOCUMENT_TOO_MANY_ROWS. No limit by
   * default: both renderers split a long table across pages and repeat its header row on each.
   */
  maxTableRows?: number;
}

/**
 * Checks a document (for instance one read back from JSON); throws `DOCUMENT_INVALID` naming the path, or
 * `DOCUMENT_TOO_MANY_ROWS` naming the table whose rows exceed `maxTableRows` when one is given, or
 * `DOCUMENT_DUPLICATE_ID` naming two headings with one id (bookmarks and cross-references need them unique).
 */
export function validateDocument(value: unknown, options: ValidateOptions = {}): BriefingDocument {
  const result = check(briefingDocumentSchema, value);
  if (result.success) {
    if (options.maxTableRows !== undefined) checkTableRows(result.data, options.maxTableRows);
    checkUniqueIds(result.data);
    return result.data;
  }
  const issue = result.error.issues[0];
  const where = issue ? issue.path.join('.') || '(root)' : '(root)';
  throw new JianbaoError(
    'DOCUMENT_INVALID',
    `Invalid briefing document at ${where}: ${issue?.message ?? 'unknown'}`,
    {
      where,
      issues: result.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message })),
    },
  );
}

function checkTableRows(doc: BriefingDocument, max: number): void {
  doc.children.forEach((block, index) => {
    if (block.type !== 'table') return;
    const rows = block.header.length + block.rows.length;
    if (rows <= max) return;
    const where = `children.${index}.rows`;
    throw new JianbaoError(
      'DOCUMENT_TOO_MANY_ROWS',
      `Table ${block.caption ?? '(no caption)'} at ${where} has ${rows} rows, over the limit of ${max} (option maxTableRows)`,
      { where, snippet: block.caption ?? '', rows, maxTableRows: max },
    );
  });
}

function checkUniqueIds(doc: BriefingDocument): void {
  const seen = new Map<string, number>();
  doc.children.forEach((block, index) => {
    if (block.type !== 'heading') return;
    const first = seen.get(block.id);
    if (first === undefined) {
      seen.set(block.id, index);
      return;
    }
    const where = `children.${index}.id`;
    throw new JianbaoError(
      'DOCUMENT_DUPLICATE_ID',
      `Heading ${block.text} at ${where} has the id ${JSON.stringify(block.id)} of the heading at children.${first}`,
      { where, snippet: block.id },
    );
  });
}
