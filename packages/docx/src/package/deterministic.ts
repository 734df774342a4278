import { unzipSync, type Zippable, zipSync } from 'fflate';

/**
 * Makes a package docx wrote byte-identical from render to render. docx leaves to chance: the zip entries'
 * timestamps (the clock), including those inside a chart's embedded workbook; the relationship ids of package parts
 * such as charts (random `rId` + 21 characters); and bookmark ids, drawn from a counter shared by every document
 * in the process. Timestamps become the briefing's date; random ids become `rIdP1`, `rIdP2` … and bookmark ids 1,
 * 2 … in order of first appearance, which docx's part order makes stable.
 */
const RANDOM_ID = /rId[0-9a-z_-]{21}(?=")/g;
const BOOKMARK_ID = /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g;

export function makeDeterministic(
  packed: Uint8Array,
  date: string,
  edits: Readonly<Record<string, (xml: string) => string>> = {},
): Uint8Array {
  // Local-time fields, as zip stores them: the same on every machine whatever its time zone.
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day, 0, 0, 0);
  return rezip(packed, mtime, new Map(), edits);
}

/**
 * `edits`: XML parts to change on the way through (path → edit), done here rather than by unzipping and
 * zipping the whole package once more — a 2,000-city document.xml is tens of MB to deflate.
 */
function rezip(
  packed: Uint8Array,
  mtime: Date,
  ids: Map<string, string>,
  edits: Readonly<Record<string, (xml: string) => string>> = {},
): Uint8Array {
  const files = unzipSync(packed);
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const out: Zippable = {};
  for (const [path, data] of Object.entries(files)) {
    if (/\.(xml|rels)$/.test(path)) {
      const read = decoder.decode(data);
      const edit = edits[path];
      const text = edit ? edit(read) : read;
      const bookmarks = new Map<string, number>();
      const renamed = text
        .replace(RANDOM_ID, (id) => {
          let stable = ids.get(id);
          if (!stable) {
            stable = `rIdP${ids.size + 1}`;
            ids.set(id, stable);
          }
          return stable;
        })
        .replace(BOOKMARK_ID, (_match, head: string, id: string) => {
          let stable = bookmarks.get(id);
          if (stable === undefined) {
            stable = bookmarks.size + 1;
            bookmarks.set(id, stable);
          }
          return `${head}${stable}"`;
        });
      out[path] = [renamed === read ? data : encoder.encode(renamed), { mtime }];
    } else if (/\.xlsx$/.test(path)) {
      out[path] = [rezip(data, mtime, new Map()), { mtime, level: 0 }];
    } else {
      out[path] = [data, { mtime }];
    }
  }
  return zipSync(out, { mtime });
}
