import { citiesTable, type TableRow } from './docx-table.js';

/** What html.ts knows of an element, as far as tables need it. */
export interface TableElement {
  tag: string;
  parent: number;
  /** A cell's colspan (1 when it has none). */
  span?: number;
}

/** A paragraph of the page: the innermost block element holding it, and its text. */
export interface TableBlock {
  owner: number;
  text: string;
}

/**
 * A page's tables of cities — cities' figures (设区市 | 代表建议（件） | 视察调研（次）) or cities' reports in words — as
 * the lines a Word table of them gives (`## 南京市`, then its figures or prose; see docx-table.ts), in place of
 * the cells' paragraphs, one a line, that said nothing of which figure is which. Any other table, a layout table
 * above all, is left as it is. `make` turns a line into a block owned by the table's parent.
 */
export function citiesTables<B extends TableBlock>(
  elements: readonly TableElement[],
  blocks: readonly B[],
  make: (text: string, owner: number) => B,
): B[] {
  const nearest = (from: number, tags: readonly string[], stop: readonly string[] = []): number => {
    for (let at = from; at > 0; at = elements[at]?.parent ?? 0) {
      const tag = elements[at]?.tag ?? '';
      if (tags.includes(tag)) return at;
      if (stop.includes(tag)) return -1;
    }
    return -1;
  };
  // Each table's rows and each row's cells, in the page's order (elements are numbered as they open).
  const rows = new Map<number, number[]>();
  const cells = new Map<number, number[]>();
  const texts = new Map<number, string[]>();
  const add = <V>(map: Map<number, V[]>, key: number, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  elements.forEach((element, id) => {
    if (element.tag === 'tr') {
      const table = nearest(element.parent, ['table']);
      if (table >= 0) add(rows, table, id);
    } else if (element.tag === 'td' || element.tag === 'th') {
      const row = nearest(element.parent, ['tr'], ['table']);
      if (row >= 0) add(cells, row, id);
    }
  });
  const cellOf = (block: B) => nearest(block.owner, ['td', 'th'], ['table']);
  const tableOf = (block: B) => nearest(block.owner, ['table']);
  for (const block of blocks) {
    const cell = cellOf(block);
    if (cell >= 0) add(texts, cell, block.text);
  }
  const replaced = new Map<number, B[] | null>();
  const out: B[] = [];
  for (const block of blocks) {
    const table = tableOf(block);
    if (table < 0) {
      out.push(block);
      continue;
    }
    if (!replaced.has(table)) {
      const grid: TableRow[] = (rows.get(table) ?? []).map((row) =>
        (cells.get(row) ?? []).flatMap((cell) => {
          // A cell spanning columns stands over each of them: the ones after it are empty, as a sheet's are.
          const span = Math.max(1, Math.min(elements[cell]?.span ?? 1, 50));
          return [texts.get(cell) ?? [], ...Array.from({ length: span - 1 }, () => [])];
        }),
      );
      const lines = citiesTable(grid);
      const owner = elements[table]?.parent ?? 0;
      replaced.set(table, lines === null ? null : lines.map((line) => make(line.text, owner)));
      // The table's lines stand where its first paragraph stood.
      out.push(...(replaced.get(table) ?? [block]));
      continue;
    }
    if (replaced.get(table) === null) out.push(block);
  }
  return out;
}
