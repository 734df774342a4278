import type { BriefingDocument } from './schema.js';

/**
 * A small briefing that uses every block and inline kind once or more. Renderer tests render it to check
 * that no node kind is forgotten; users can render it to try fonts and styles. Invented figures. Loaded on first
 * call, so an app that never asks for it does not carry its text.
 */
export async function exampleDocument(style: 'official' | 'modern' = 'official'): Promise<BriefingDocument> {
  return (await import('./example-content.js')).buildExampleDocument(style);
}
