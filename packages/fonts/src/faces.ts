import faces from './faces.json';

/** The roles the bundled faces fill, as `@jianbao/pdf`'s `fonts` option names them. (一) headings have no
 * bundled Kai: they use a system Kai where there is one, else the body serif. */
export type FaceRole = 'body' | 'title' | 'heading1' | 'chart';

/** One bundled face: a subset of an npm font package's TTF, under that font's licence. */
export interface Face {
  role: FaceRole;
  /** The subset's file name in this package's `fonts/` folder. */
  file: string;
  family: string;
  weight: number;
  /** The official face it stands in for (仿宋, 小标宋, 黑体). */
  standsFor: string;
  /** The full font it was cut from: the fallback for characters outside the subset. */
  source: { package: string; file: string };
  /** SPDX id and the licence file shipped beside the subset in `fonts/`. */
  licence: { id: string; file: string };
}

/** Every bundled face, one per role. */
export const FACES: readonly Face[] = faces.map(
  (face): Face => ({
    role: face.role as FaceRole,
    file: face.file,
    family: face.family,
    weight: face.weight,
    standsFor: face.stands_for,
    source: face.source,
    licence: { id: face.licence.id, file: face.licence.file },
  }),
);

export const FACE_ROLES: readonly FaceRole[] = FACES.map((face) => face.role);

/** The face of a role. */
export function face(role: FaceRole): Face {
  const found = FACES.find((candidate) => candidate.role === role);
  if (!found) throw new RangeError(`No bundled face for role "${role}"; roles: ${FACE_ROLES.join(', ')}`);
  return found;
}
