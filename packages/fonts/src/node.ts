/**
 * Node-only: the subset fonts' paths and bytes. The main entry never touches a file system.
 * @module @jianbao/fonts/node
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type FaceRole, face } from './faces.js';
import { faceUrl } from './urls.js';

export * from './index.js';

/** A font as `@jianbao/pdf` takes it: bytes, where they came from, and an identity so they are not hashed. */
export interface FontBytes {
  data: Uint8Array;
  origin: string;
  id: string;
}

/** The subset font file of a role, on disk. */
export function facePath(role: FaceRole): string {
  return fileURLToPath(faceUrl(role));
}

const read = new Map<FaceRole, FontBytes>();

/** A role's subset font, read on first use and kept for the process. */
export function readFont(role: FaceRole): FontBytes {
  let font = read.get(role);
  if (!font) {
    const path = facePath(role);
    const data = readFileSync(path);
    font = { data, origin: path, id: `${path}:${data.byteLength}:${statSync(path).mtimeMs}` };
    read.set(role, font);
  }
  return font;
}

/** The licence text a role's face is under (shipped beside the subset, as the OFL requires). */
export function readLicence(role: FaceRole): string {
  return readFileSync(fileURLToPath(new URL(face(role).licence.file, faceUrl(role))), 'utf8');
}
