import type { First } from '../types.js';

/**
 * Firsts: 率先, 首部, 首個, 首家, 首創, 首座, 首次, 全國首 / 全省首, with the place they are first in
 * (在全省, 省內 …) and the rest of the clause, so the span reads as a claim: 在全省率先作出《…決定》.
 */
const FIRST =
  /(?:在)?(?:全國|全国|全省|全市|省內|省内|國內|国内|市內|市内)?(?:率先|首部|首個|首个|首家|首創|首创|首座|首次|首例|(?<=全國|全国|全省)首)[^，,。；;！!？?\n]{0,60}/g;

export function findFirsts(text: string): First[] {
  const firsts: First[] = [];
  FIRST.lastIndex = 0;
  for (let m = FIRST.exec(text); m !== null; m = FIRST.exec(text)) {
    firsts.push({ text: m[0], span: [m.index, m.index + m[0].length] });
  }
  return firsts;
}
