/**
 * Subsets of the faces the PDF is set in, with a manifest per role and a coverage check.
 * @module @jianbao/fonts
 */
export { coveredCharacters, uncovered } from './coverage.js';
export { FACE_ROLES, FACES, type Face, type FaceRole, face } from './faces.js';
export { faceUrl } from './urls.js';
