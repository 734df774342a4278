import type { FaceRole } from './faces.js';

// One literal `new URL('…', import.meta.url)` per file: Vite (and other bundlers) find these, copy the fonts
// into the app's assets and rewrite the URLs; in Node they are file: URLs beside the package. `../fonts/`
// holds from both src/ and dist/. A test checks these names against faces.json.
const URLS: Record<FaceRole, () => URL> = {
  body: () => new URL('../fonts/NotoSerifSC-Regular.subset.ttf', import.meta.url),
  title: () => new URL('../fonts/NotoSerifSC-Black.subset.ttf', import.meta.url),
  heading1: () => new URL('../fonts/NotoSansSC-Bold.subset.ttf', import.meta.url),
  chart: () => new URL('../fonts/NotoSansSC-Regular.subset.ttf', import.meta.url),
};

/** Where a role's subset font is: a file: URL in Node, an asset URL once bundled (fetch it). */
export function faceUrl(role: FaceRole): URL {
  return URLS[role]();
}
