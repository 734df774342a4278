import type { BriefingDocument } from '@jianbao/core/document';
import { escapeXml } from './xml.js';

/**
 * `docProps/core.xml` written from the document's metadata. docx stamps `dcterms:created` and `modified` with the
 * clock and has no option for them or for `dc:language`, so the part is replaced whole: the dates are the
 * briefing's own date, which makes two renders of one document identical.
 */
export function corePropertiesXml(meta: BriefingDocument['meta']): string {
  const element = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  const timestamp = `${meta.date}T00:00:00Z`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', meta.title),
    element('dc:subject', meta.subject),
    element('dc:creator', meta.author),
    element('cp:keywords', meta.keywords.join('; ')),
    element('dc:language', meta.language),
    element('cp:lastModifiedBy', meta.author),
    element('cp:revision', '1'),
    `<dcterms:created xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
