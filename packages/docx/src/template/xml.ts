import { JianbaoError } from '@jianbao/core/document';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

/**
 * WordprocessingML as fast-xml-parser's ordered tree: each node is `{ [tag]: children, ':@'?: attributes }` or a
 * text node `{ '#text': … }`. Order matters in Word XML (a paragraph's properties come first), so the tree keeps
 * it. Entities stay as written (nothing is expanded: no entity can grow a part), and text keeps its spaces.
 */
export type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const options = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  allowBooleanAttributes: true,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
} as const;

const parser = new XMLParser(options);
const builder = new XMLBuilder(options);

export function parseXml(text: string, where: string): XmlNode[] {
  // Word never writes a DTD; one in a template is refused rather than given to a parser.
  if (/<!DOCTYPE/i.test(text)) {
    throw new JianbaoError('USAGE', `The template's ${where} declares a DOCTYPE, which Word never writes`, {
      where,
    });
  }
  try {
    return parser.parse(text) as XmlNode[];
  } catch (cause) {
    throw new JianbaoError(
      'USAGE',
      `The template's ${where} is not well-formed XML`,
      { where, snippet: String(cause).slice(0, 80) },
      { cause },
    );
  }
}

export function buildXml(nodes: XmlNode[]): string {
  return builder.build(nodes) as string;
}

/** The tag of a node (null for text). */
export function tagOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ':@' && key !== '#text') return key;
  return null;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  return tag ? ((node[tag] as XmlNode[]) ?? []) : [];
}

export function attr(node: XmlNode, name: string): string | undefined {
  return node[':@']?.[`@_${name}`];
}

export function setAttr(node: XmlNode, name: string, value: string): void {
  node[':@'] = { ...(node[':@'] ?? {}), [`@_${name}`]: value };
}

export function child(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** The first element named `tag` anywhere under `nodes`, depth first. */
export function find(nodes: XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node;
    const inner = find(childrenOf(node), tag);
    if (inner) return inner;
  }
  return undefined;
}

/** Every element named `tag` under `nodes`. */
export function findAll(nodes: XmlNode[], tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    if (tagOf(node) === tag) out.push(node);
    findAll(childrenOf(node), tag, out);
  }
  return out;
}

/** The text of a node's `w:t` descendants, concatenated. */
export function textOf(node: XmlNode): string {
  return findAll([node], 'w:t')
    .map((t) =>
      childrenOf(t)
        .map((c) => String(c['#text'] ?? ''))
        .join(''),
    )
    .join('');
}

/** A deep copy (the trees are plain data). */
export const clone = <T>(value: T): T => structuredClone(value);
