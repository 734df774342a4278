import { AlignmentType } from 'docx';

type Align = 'left' | 'center' | 'right' | 'justify';

/** The document model's alignment as Word's (`justify` is Word's `both`). */
export function alignmentOf(align: Align) {
  switch (align) {
    case 'left':
      return AlignmentType.LEFT;
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'justify':
      return AlignmentType.JUSTIFIED;
  }
}
