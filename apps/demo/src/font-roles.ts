import type { FontRole } from '@jianbao/pdf';

/**
 * The PDF's font roles, as `--font ROLE=PATH` accepts them. A copy of `FONT_ROLES` from `@jianbao/pdf` kept here
 * so that reading `--font` does not load the renderer (pdfmake, pdfkit, fontkit) on paths that write no PDF; the
 * type checks below fail the build if the two lists ever differ.
 */
export const FONT_ROLE_NAMES = [
  'body',
  'title',
  'heading1',
  'heading2',
  'chart',
] as const satisfies readonly FontRole[];

type Missing = Exclude<FontRole, (typeof FONT_ROLE_NAMES)[number]>;
const everyRole: [Missing] extends [never] ? true : Missing = true;
void everyRole;
