export { coveredCharacters, uncovered } from './coverage.js';
export { FACE_ROLES, FACES, type Face, type FaceRole, face } from './faces.js';
export { faceUrl } from './urls.js';
