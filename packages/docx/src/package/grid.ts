/**
 * Takes styles off the document's line grid (`w:snapToGrid w:val="0"`): a title, a masthead or a table line whose
 * type is taller than the body's grid pitch is otherwise set on two grid lines by LibreOffice (and by Word when its
 * spacing is not exact). docx cannot write the property, so it is added to the written styles part, before the
 * paragraph's spacing as the schema orders it.
 */
export function offGrid(stylesXml: string, ids: readonly string[]): string {
  let out = stylesXml;
  for (const id of ids) {
    const start = out.indexOf(`w:styleId="${id}"`);
    if (start < 0) continue;
    const end = out.indexOf('</w:style>', start);
    const pPr = out.indexOf('<w:pPr>', start);
    if (pPr < 0 || pPr > end) continue;
    const close = out.indexOf('</w:pPr>', pPr);
    const inner = out.slice(pPr, close);
    const before = inner.search(/<w:(spacing|ind|contextualSpacing|jc|outlineLvl)\b/);
    const at = before >= 0 ? pPr + before : close;
    out = `${out.slice(0, at)}<w:snapToGrid w:val="0"/>${out.slice(at)}`;
  }
  return out;
}
