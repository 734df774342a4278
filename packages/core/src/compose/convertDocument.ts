import type { BlockNode, BriefingDocument, FigureRun, Inline, SourceRef } from '../document/schema.js';

/**
 * Every string a reader sees, passed through `convert` — the document in one script. Provenance stays as
 * written: a figure's `sources[].text` and `sources[].quote` are the input's own words (a reviewer checks
 * them against the source file), so they keep the input's script. Ids and enum values are not text.
 */
export function convertDocument(doc: BriefingDocument, convert: (s: string) => string): BriefingDocument {
  const c = convert;
  const source = (s: SourceRef): SourceRef => ({ ...s, city: s.city === null ? null : c(s.city) });
  const figure = (run: FigureRun): FigureRun => ({
    ...run,
    value: c(run.value),
    unit: c(run.unit),
    label: c(run.label),
    city: run.city === null ? null : c(run.city),
    sources: run.sources.map(source),
  });
  const inline = (run: Inline): Inline => {
    switch (run.type) {
      case 'figure':
        return figure(run);
      case 'excerpt':
        return {
          ...run,
          children: run.children.map((child) =>
            child.type === 'figure' ? figure(child) : { ...child, value: c(child.value) },
          ),
          source: source(run.source),
        };
      default:
        return { ...run, value: c(run.value) };
    }
  };
  const inlines = (runs: Inline[]) => runs.map(inline);
  const block = (node: BlockNode): BlockNode => {
    switch (node.type) {
      case 'masthead':
        return {
          ...node,
          name: c(node.name),
          issue: c(node.issue),
          office: c(node.office),
          date: c(node.date),
          classification: node.classification === null ? null : c(node.classification),
        };
      case 'title':
        return { ...node, text: c(node.text), subtitle: node.subtitle === null ? null : c(node.subtitle) };
      case 'editorsNote':
        return {
          ...node,
          label: c(node.label),
          children: node.children.map((p) => ({ ...p, children: inlines(p.children) })),
        };
      case 'heading':
        return { ...node, numbering: c(node.numbering), text: c(node.text) };
      case 'paragraph':
        return { ...node, children: inlines(node.children) };
      case 'table':
        return {
          ...node,
          caption: node.caption === null ? null : c(node.caption),
          header: node.header.map((row) => row.map((cell) => ({ children: inlines(cell.children) }))),
          rows: node.rows.map((row) => row.map((cell) => ({ children: inlines(cell.children) }))),
          notes: node.notes.map(c),
        };
      case 'chart':
        return {
          ...node,
          title: c(node.title),
          unit: c(node.unit),
          categories: node.categories.map(c),
          series: node.series.map((s) => ({ ...s, name: c(s.name) })),
          note: node.note === null ? null : c(node.note),
        };
      case 'list':
        return { ...node, items: node.items.map(inlines) };
      case 'sourceNote':
        return { ...node, children: inlines(node.children) };
      case 'pageBreak':
        return node;
      case 'closing':
        return {
          ...node,
          recipients: node.recipients.map((r) => ({ label: c(r.label), text: c(r.text) })),
          office: c(node.office),
          printDate: c(node.printDate),
          copies: node.copies === null ? null : c(node.copies),
        };
    }
  };
  return {
    ...doc,
    meta: {
      ...doc.meta,
      title: c(doc.meta.title),
      subject: c(doc.meta.subject),
      keywords: doc.meta.keywords.map(c),
      author: c(doc.meta.author),
    },
    children: doc.children.map(block),
  };
}
