import type { EditorsNoteNode } from '../../document/schema.js';
import { normalize } from '../../normalize/normalize.js';
import { paragraph, text } from '../nodes.js';
import type { PartContext } from './context.js';

/** The label the input may open its preface with, in either script; the note prints its own label. */
const LABEL = /^\s*[编編]者按\s*[:：]?\s*/;

/**
 * 编者按: the input's own preface when it has one (its words, paragraph by paragraph, normalized as the rest of
 * the briefing is: full-width punctuation, no stray spaces or broken lines), otherwise a note written from the
 * summary.
 */
export function editorsNote({ summary }: PartContext): EditorsNoteNode {
  const own = summary.prefaces
    .flatMap((p) => normalize(p.text).text.replace(LABEL, '').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const paragraphs =
    own.length > 0
      ? own
      : [
          `现将${summary.cities.length}个市报送的工作情况摘编如下。文中数字均摘自各市材料并注明出处；各地数字汇总时，同类同单位才相加，带“余”“近”“超”的数字如实标注为下限或约数。供参阅。`,
        ];
  return { type: 'editorsNote', label: '编者按：', children: paragraphs.map((p) => paragraph([text(p)])) };
}
