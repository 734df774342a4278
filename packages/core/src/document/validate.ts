import { JianbaoError } from '../errors.js';
import { type BriefingDocument, briefingDocumentSchema } from './schema.js';

/** Checks a document (for instance one read back from JSON); throws `DOCUMENT_INVALID` naming the path. */
export function validateDocument(value: unknown): BriefingDocument {
  const result = briefingDocumentSchema.safeParse(value);
  if (result.success) return result.data;
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
