import type { BriefingDocument, MastheadNode } from '@jianbao/core/document';
import { unzipSync, type Zippable, zipSync } from 'fflate';
import { escapeXml } from '../package/xml.js';
import { STYLE } from '../styles.js';
import { unzipTemplate } from './read.js';
import {
  attr,
  buildXml,
  child,
  childrenOf,
  clone,
  find,
  findAll,
  parseXml,
  setAttr,
  tagOf,
  textOf,
  type XmlNode,
} from './xml.js';

/** What a template lends: its styles, its page setup with headers and footers, its masthead paragraphs. */
export interface Template {
  parts: Map<string, Uint8Array>;
  styles: XmlNode[] | null;
  /** The body's section properties: page size, margins, columns, grid, header and footer references. */
  sectPr: XmlNode | null;
  /** Leading body paragraphs up to the last one with a {{placeholder}}; empty when there is none. */
  masthead: XmlNode[];
  /** The template's document relationships by id. */
  rels: Map<string, Relationship>;
  evenAndOddHeaders: boolean;
}

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
/** Our own masthead's paragraph styles: replaced by the template's masthead when it has one. */
const MASTHEAD_STYLES = new Set<string>([
  STYLE.masthead,
  STYLE.mastheadIssue,
  STYLE.mastheadLine,
  STYLE.classification,
]);
// A part name inside the package: letters, digits, dots, dashes, slashes; never `..`.
const SAFE_TARGET = /^(?!.*\.\.)[A-Za-z0-9_\-./]+$/;

/** Reads and checks a template (bounded; a real XML parser), before anything is rendered. */
export function readTemplate(bytes: Uint8Array): Template {
  const parts = unzipTemplate(bytes);
  const text = (name: string) => {
    const data = parts.get(name);
    return data ? decoder.decode(data) : null;
  };
  const document = parseXml(text('word/document.xml') ?? '', 'word/document.xml');
  const body = find(document, 'w:body');
  const blocks = body ? childrenOf(body) : [];
  const sectPr = [...blocks].reverse().find((node) => tagOf(node) === 'w:sectPr') ?? null;
  const paragraphs: XmlNode[] = [];
  let lastWithPlaceholder = -1;
  for (const node of blocks) {
    if (tagOf(node) !== 'w:p') break;
    paragraphs.push(node);
    if (/\{\{\s*[A-Za-z]+\s*\}\}/.test(textOf(node))) lastWithPlaceholder = paragraphs.length - 1;
  }
  const stylesText = text('word/styles.xml');
  const relsText = text('word/_rels/document.xml.rels');
  const settingsText = text('word/settings.xml');
  return {
    parts,
    styles: stylesText ? parseXml(stylesText, 'word/styles.xml') : null,
    sectPr,
    masthead: paragraphs.slice(0, lastWithPlaceholder + 1),
    rels: relsText ? readRels(parseXml(relsText, 'word/_rels/document.xml.rels')) : new Map(),
    evenAndOddHeaders: settingsText
      ? isOn(find(parseXml(settingsText, 'word/settings.xml'), 'w:evenAndOddHeaders'))
      : false,
  };
}

/** A Word on/off property: on when present, unless its value says off. */
function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  return !['false', '0', 'off'].includes(attr(node, 'w:val') ?? 'true');
}

function readRels(nodes: XmlNode[]): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  for (const rel of findAll(nodes, 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (!id || !target) continue;
    rels.set(id, { type: attr(rel, 'Type') ?? '', target, external: attr(rel, 'TargetMode') === 'External' });
  }
  return rels;
}

/**
 * Our package, in the template's clothes (as pandoc's --reference-doc): its styles replace ours where it has them
 * (matched by id, then by name, as a Chinese Word names Heading 1 `1`); ours stay where it lacks them, with one
 * warning listing them; its page setup, headers and footers replace ours (our page numbers stay if it has no
 * footer); its masthead paragraphs, placeholders filled, replace our masthead. The content is ours.
 */
export function applyTemplate(
  packed: Uint8Array,
  template: Template,
  doc: BriefingDocument,
  warn: ((message: string) => void) | undefined,
): Uint8Array {
  const files = unzipSync(packed);
  const read = (name: string) => parseXml(decoder.decode(files[name] ?? new Uint8Array()), name);
  const write = (name: string, nodes: XmlNode[]) => {
    files[name] = encoder.encode(buildXml(nodes));
  };
  const masthead = doc.children.find((node): node is MastheadNode => node.type === 'masthead');
  const values: Record<string, string> = {
    name: masthead?.name ?? doc.meta.title,
    issue: masthead?.issue ?? '',
    office: masthead?.office ?? doc.meta.author,
    date: masthead?.date ?? doc.meta.date,
    classification: masthead?.classification ?? '',
    title: doc.meta.title,
  };
  const unknown = new Set<string>();
  const fill = (nodes: XmlNode[]) => fillPlaceholders(nodes, values, unknown);

  const document = read('word/document.xml');
  const rels = read('word/_rels/document.xml.rels');
  const types = read('[Content_Types].xml');
  const relsRoot = find(rels, 'Relationships');
  const typesRoot = find(types, 'Types');
  const body = find(document, 'w:body');
  if (!body || !relsRoot || !typesRoot) return packed;
  const copier = new PartCopier(template, files, relsRoot, typesRoot);

  // The masthead.
  let blocks = childrenOf(body);
  if (masthead && template.masthead.length > 0) {
    const ours = (node: XmlNode) =>
      tagOf(node) === 'w:p' && MASTHEAD_STYLES.has(attr(find([node], 'w:pStyle') ?? {}, 'w:val') ?? '');
    const start = blocks.findIndex(ours);
    let end = start;
    while (end >= 0 && end < blocks.length && ours(blocks[end] as XmlNode)) end++;
    const theirs = template.masthead.map((node) => clone(node));
    fill(theirs);
    copier.relink(theirs, 'word/_rels/document.xml.rels');
    if (start >= 0) blocks.splice(start, end - start, ...theirs);
    else blocks.unshift(...theirs);
  }

  // Page setup, headers and footers.
  if (template.sectPr) {
    const at = blocks.map((node) => tagOf(node)).lastIndexOf('w:sectPr');
    const ourSection = at >= 0 ? (blocks[at] as XmlNode) : null;
    const section = clone(template.sectPr);
    const references = (node: XmlNode | null, tag: string) =>
      node ? childrenOf(node).filter((c) => tagOf(c) === tag) : [];
    const sectionChildren = childrenOf(section);
    for (const reference of [
      ...references(section, 'w:headerReference'),
      ...references(section, 'w:footerReference'),
    ]) {
      const id = attr(reference, 'r:id');
      const part = id ? copier.copyPart(id, fill) : null;
      if (part) setAttr(reference, 'r:id', part);
      else sectionChildren.splice(sectionChildren.indexOf(reference), 1);
    }
    const theirFooters = references(section, 'w:footerReference').length > 0;
    if (!theirFooters) sectionChildren.unshift(...references(ourSection, 'w:footerReference').map(clone));
    // Odd/even footers follow whoever's footers these are.
    const settings = read('word/settings.xml');
    const settingsRoot = find(settings, 'w:settings');
    if (settingsRoot && theirFooters) {
      const list = childrenOf(settingsRoot);
      const index = list.findIndex((node) => tagOf(node) === 'w:evenAndOddHeaders');
      if (index >= 0 && !template.evenAndOddHeaders) list.splice(index, 1);
      if (index < 0 && template.evenAndOddHeaders) list.push({ 'w:evenAndOddHeaders': [] });
      write('word/settings.xml', settings);
    }
    if (at >= 0) blocks[at] = section;
    else blocks.push(section);
  }
  body['w:body'] = blocks;
  blocks = childrenOf(body);

  // Styles: theirs where they have them, ours where they do not.
  if (template.styles) {
    const used = usedStyles(document);
    const missing = mergeStyles(read('word/styles.xml'), template.styles, used, (nodes) =>
      write('word/styles.xml', nodes),
    );
    if (missing.length > 0) {
      warn?.(
        `The template has no style ${missing.join(', ')}; jianbao's own ${missing.length > 1 ? 'are' : 'is'} used`,
      );
    }
  } else {
    warn?.("The template has no styles (word/styles.xml); jianbao's own are used");
  }
  if (unknown.size > 0) {
    warn?.(
      `The template's placeholders ${[...unknown].map((name) => `{{${name}}}`).join(', ')} are unknown; known: ${Object.keys(
        values,
      )
        .map((name) => `{{${name}}}`)
        .join(' ')}`,
    );
  }
  write('word/document.xml', document);
  write('word/_rels/document.xml.rels', rels);
  write('[Content_Types].xml', types);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) out[name] = data;
  return zipSync(out);
}

/** Fills {{name}} … in each paragraph's text; a placeholder split across runs is joined into the first run. */
function fillPlaceholders(nodes: XmlNode[], values: Record<string, string>, unknown: Set<string>): void {
  for (const paragraph of findAll(nodes, 'w:p')) {
    const texts = findAll([paragraph], 'w:t');
    const joined = texts
      .map((t) =>
        childrenOf(t)
          .map((c) => String(c['#text'] ?? ''))
          .join(''),
      )
      .join('');
    if (!joined.includes('{{')) continue;
    const filled = joined.replace(PLACEHOLDER, (whole, name: string) => {
      if (name in values) return escapeXml(values[name] ?? '');
      unknown.add(name);
      return whole;
    });
    texts.forEach((t, index) => {
      t['w:t'] = index === 0 ? [{ '#text': filled }] : [];
      if (index === 0) setAttr(t, 'xml:space', 'preserve');
    });
  }
}

/** Style ids the document refers to (paragraph, run and table styles), plus those every Word document has. */
function usedStyles(document: XmlNode[]): Set<string> {
  const used = new Set<string>([STYLE.normal]);
  for (const tag of ['w:pStyle', 'w:rStyle', 'w:tblStyle']) {
    for (const node of findAll(document, tag)) {
      const id = attr(node, 'w:val');
      if (id) used.add(id);
    }
  }
  return used;
}

const styleId = (style: XmlNode) => attr(style, 'w:styleId') ?? '';
const styleName = (style: XmlNode) => (attr(child(style, 'w:name') ?? {}, 'w:val') ?? '').toLowerCase();

/**
 * Their styles over ours. A template style matched by id or by name takes our id (so our paragraphs find it) and
 * its references (basedOn, next, link) are renamed to match; their other styles come along (their masthead
 * paragraphs, headers and footers use them). Returns the styles we use that they lack.
 */
function mergeStyles(
  ours: XmlNode[],
  theirs: XmlNode[],
  used: Set<string>,
  write: (nodes: XmlNode[]) => void,
): string[] {
  const ourRoot = find(ours, 'w:styles');
  const theirRoot = find(theirs, 'w:styles');
  if (!ourRoot || !theirRoot) return [];
  const ourList = childrenOf(ourRoot);
  const ourStyles = ourList.filter((node) => tagOf(node) === 'w:style');
  const theirStyles = childrenOf(theirRoot).filter((node) => tagOf(node) === 'w:style');
  const byId = new Map(theirStyles.map((style) => [styleId(style), style]));
  const byName = new Map(theirStyles.map((style) => [styleName(style), style]));
  const rename = new Map<string, string>();
  const matched = new Set<XmlNode>();
  const missing: string[] = [];
  for (const style of ourStyles) {
    const id = styleId(style);
    const theirs = byId.get(id) ?? byName.get(styleName(style));
    if (theirs && !matched.has(theirs)) {
      matched.add(theirs);
      rename.set(styleId(theirs), id);
    } else if (used.has(id)) {
      missing.push(id);
    }
  }
  const ourIds = new Set(ourStyles.map(styleId));
  for (const style of theirStyles) {
    if (matched.has(style)) continue;
    const id = styleId(style);
    // Their own style with an id we use for something else: theirs is renamed.
    rename.set(id, ourIds.has(id) ? `Tpl${id}` : id);
  }
  const renamed = (style: XmlNode) => {
    const copy = clone(style);
    setAttr(copy, 'w:styleId', rename.get(styleId(style)) ?? styleId(style));
    for (const tag of ['w:basedOn', 'w:next', 'w:link']) {
      const ref = child(copy, tag);
      const to = ref ? rename.get(attr(ref, 'w:val') ?? '') : undefined;
      if (ref && to) setAttr(ref, 'w:val', to);
    }
    return copy;
  };
  const matchedById = new Map([...matched].map((style) => [rename.get(styleId(style)) ?? '', style]));
  const merged = ourList.map((node) => {
    if (tagOf(node) === 'w:docDefaults') return clone(child(theirRoot, 'w:docDefaults') ?? node);
    if (tagOf(node) !== 'w:style') return node;
    const theirs = matchedById.get(styleId(node));
    return theirs ? renamed(theirs) : node;
  });
  for (const style of theirStyles) if (!matched.has(style)) merged.push(renamed(style));
  ourRoot['w:styles'] = merged;
  write(ours);
  return missing;
}

/** Copies template parts (headers, footers, images) into our package under new names and relationship ids. */
class PartCopier {
  private next = 1;
  private readonly copied = new Map<string, string>();
  private readonly defaults: Set<string>;

  constructor(
    private readonly template: Template,
    private readonly files: Record<string, Uint8Array>,
    private readonly rels: XmlNode,
    private readonly types: XmlNode,
  ) {
    this.defaults = new Set(
      childrenOf(types)
        .filter((node) => tagOf(node) === 'Default')
        .map((node) => (attr(node, 'Extension') ?? '').toLowerCase()),
    );
  }

  /** Copies the header or footer with relationship `id`; returns its new relationship id, or null if unusable. */
  copyPart(id: string, fill: (nodes: XmlNode[]) => void): string | null {
    const rel = this.template.rels.get(id);
    if (!rel || rel.external || !SAFE_TARGET.test(rel.target)) return null;
    const source = `word/${rel.target.replace(/^\/?word\//, '')}`;
    const data = this.template.parts.get(source);
    const kind = /header/.test(rel.type) ? 'header' : /footer/.test(rel.type) ? 'footer' : null;
    if (!data || !kind) return null;
    const name = `tpl-${source.slice('word/'.length).replace(/\//g, '-')}`;
    const nodes = parseXml(decoder.decode(data), source);
    fill(nodes);
    this.relink(nodes, `word/_rels/${name}.rels`, `word/_rels/${source.slice('word/'.length)}.rels`);
    this.files[`word/${name}`] = encoder.encode(buildXml(nodes));
    childrenOf(this.types).push({
      Override: [],
      ':@': {
        '@_PartName': `/word/${name}`,
        '@_ContentType': `application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml`,
      },
    });
    return this.relate(this.rels, rel.type, name);
  }

  /**
   * Gives the relationships `nodes` use (images, hyperlinks) new ids in `relsName` (our document's, or a copied
   * part's own), copying the images. `sourceRels` is where the template declared them (default: its document's).
   */
  relink(nodes: XmlNode[], relsName: string, sourceRels?: string): void {
    const declared = sourceRels
      ? (() => {
          const data = this.template.parts.get(sourceRels);
          return data
            ? readRels(parseXml(decoder.decode(data), sourceRels))
            : new Map<string, Relationship>();
        })()
      : this.template.rels;
    const own = relsName === 'word/_rels/document.xml.rels';
    let relsNodes: XmlNode[] | null = null;
    let root = own ? this.rels : null;
    const visit = (list: XmlNode[]) => {
      for (const node of list) {
        const attributes = node[':@'];
        if (attributes) {
          for (const key of ['@_r:embed', '@_r:id', '@_r:link']) {
            const id = attributes[key];
            const rel = id ? declared.get(id) : undefined;
            if (!rel) continue;
            if (!root) {
              relsNodes = [
                {
                  Relationships: [],
                  ':@': { '@_xmlns': 'http://schemas.openxmlformats.org/package/2006/relationships' },
                },
              ];
              root = relsNodes[0] as XmlNode;
            }
            const target = rel.external ? rel.target : this.copyMedia(rel.target);
            if (target) attributes[key] = this.relate(root, rel.type, target, rel.external);
          }
        }
        visit(childrenOf(node));
      }
    };
    visit(nodes);
    if (relsNodes) this.files[relsName] = encoder.encode(buildXml(relsNodes));
  }

  private copyMedia(target: string): string | null {
    if (!SAFE_TARGET.test(target)) return null;
    const source = `word/${target.replace(/^\/?word\//, '')}`;
    const data = this.template.parts.get(source);
    if (!data) return null;
    const name = `media/tpl-${source.split('/').pop()}`;
    this.files[`word/${name}`] = data;
    const extension = (name.split('.').pop() ?? '').toLowerCase();
    if (extension && !this.defaults.has(extension)) {
      this.defaults.add(extension);
      const type = extension === 'jpg' ? 'jpeg' : extension === 'svg' ? 'svg+xml' : extension;
      childrenOf(this.types).unshift({
        Default: [],
        ':@': { '@_Extension': extension, '@_ContentType': `image/${type}` },
      });
    }
    return name;
  }

  private relate(root: XmlNode, type: string, target: string, external = false): string {
    const key = `${root === this.rels ? 'document' : 'part'}|${type}|${target}`;
    const known = root === this.rels ? this.copied.get(key) : undefined;
    if (known) return known;
    const id = `rIdTpl${this.next++}`;
    childrenOf(root).push({
      Relationship: [],
      ':@': {
        '@_Id': id,
        '@_Type': type,
        '@_Target': target,
        ...(external ? { '@_TargetMode': 'External' } : {}),
      },
    });
    if (root === this.rels) this.copied.set(key, id);
    return id;
  }
}
