import { JianbaoError } from '@jianbao/core/document';
import { FONT_ROLES, type FontFile, type FontRole, type PdfFonts } from '../options.js';
import { loadParsedFont, type ParsedFont } from './font-cache.js';

/** A piece of text set in one font. */
export interface FontRun {
  text: string;
  font: ParsedFont;
}

/** A character no available font can draw, and where it is in the document. */
export interface MissingGlyph {
  char: string;
  where: string;
}

/**
 * The fonts of one render, by role, plus the order in which other fonts are tried for a character the
 * role's font lacks. Every string the renderer draws goes through `runs`, so a missing glyph is either
 * replaced from another font or recorded — never drawn as a box.
 */
export class FontSet {
  readonly missing: MissingGlyph[] = [];

  private constructor(
    private readonly roles: Record<FontRole, ParsedFont>,
    /** Distinct fonts in fallback order: body, the other roles, then the caller's fallbacks. */
    readonly all: ParsedFont[],
  ) {}

  static async load(fonts: PdfFonts | undefined): Promise<FontSet> {
    if (!fonts?.body) {
      throw new JianbaoError(
        'FONT_NOT_FOUND',
        'No body font: pass options.fonts.body (bytes of a CJK TTF/OTF), or use renderPdfNode from @jianbao/pdf/node to find installed fonts',
        { where: 'options.fonts.body' },
      );
    }
    const body = await loadParsedFont(fonts.body);
    const byRole = async (role: FontRole): Promise<ParsedFont> => {
      const file: FontFile | undefined = fonts[role];
      return file ? loadParsedFont(file) : body;
    };
    const roles = {} as Record<FontRole, ParsedFont>;
    for (const role of FONT_ROLES) roles[role] = await byRole(role);
    const all: ParsedFont[] = [];
    const add = (font: ParsedFont) => {
      if (!all.includes(font)) all.push(font);
    };
    for (const role of FONT_ROLES) add(roles[role]);
    for (const file of fonts.fallbacks ?? []) add(await loadParsedFont(file));
    return new FontSet(roles, all);
  }

  font(role: FontRole): ParsedFont {
    return this.roles[role];
  }

  /**
   * Splits `text` into runs: the role's font where it has the glyph, else the first font in fallback order
   * that has it. A character no font has is recorded with `where` and kept in the role's run, so the caller
   * can report every missing character at once before anything is laid out.
   */
  runs(text: string, role: FontRole, where: string): FontRun[] {
    const own = this.roles[role];
    const runs: FontRun[] = [];
    for (const char of text) {
      let font = own;
      if (!isLayoutControl(char) && !own.has(char)) {
        const other = this.all.find((candidate) => candidate.has(char));
        if (other) font = other;
        else this.missing.push({ char, where });
      }
      const last = runs[runs.length - 1];
      if (last && last.font === font) last.text += char;
      else runs.push({ text: char, font });
    }
    return runs;
  }

  /** Throws FONT_MISSING_GLYPHS listing every character no font has, with where each first occurs. */
  assertComplete(): void {
    if (this.missing.length === 0) return;
    const first = new Map<string, string[]>();
    for (const { char, where } of this.missing) {
      const places = first.get(char) ?? [];
      if (places.length < 3 && !places.includes(where)) places.push(where);
      first.set(char, places);
    }
    const list = [...first].map(
      ([char, places]) =>
        `"${char}" (U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}) at ${places.join(', ')}`,
    );
    const tried = this.all.map((font) => font.file.origin).join('; ');
    throw new JianbaoError(
      'FONT_MISSING_GLYPHS',
      `No available font has ${first.size} character(s): ${list.join('; ')}. Fonts tried: ${tried}`,
      {
        where: this.missing[0]?.where,
        snippet: [...first.keys()].join(''),
        characters: [...first.keys()],
        places: Object.fromEntries([...first].map(([char, places]) => [char, places])),
      },
    );
  }
}

/** Line breaks and tabs are layout, not glyphs. */
function isLayoutControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
}
