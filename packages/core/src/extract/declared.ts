import { foldToHans } from '../lexicon/fold.js';
import { defaultLexicon, type Lexicon } from '../lexicon/lexicon.js';
import type { Category, Metric, Role, UnitFamily } from '../types.js';
import { readIndicator } from './indicators.js';
import { familyRole, thingsRole } from './labels.js';
import { matchUnit, unitKey } from './units.js';

/**
 * A figure declared by structured input (JSON, CSV, a sheet): its label is the indicator's own name, so two
 * cities declaring the same label in the same unit family are comparable by definition. The role follows from
 * the unit family and the label's verb, never from context, so the same label always gets the same key.
 */
export function declaredMetric(
  figure: Pick<Metric, 'value' | 'valueMax' | 'unit' | 'qualifier' | 'label' | 'text' | 'span'> & {
    category?: Category | undefined;
  },
  lexicon: Lexicon = defaultLexicon,
): Metric {
  const foldedUnit = foldToHans(figure.unit);
  const family: UnitFamily = matchUnit(figure.unit, foldedUnit, 0, lexicon)?.family ?? 'other';
  const label = foldToHans(figure.label);
  const role = declaredRole(family, label, lexicon);
  const key = unitKey(figure.unit, foldToHans);
  // A declared label names its own indicator unless the lexicon knows it (readIndicator's thing is then the label).
  const reading = readIndicator(label, family, role, key, lexicon);
  const indicator = reading.indicator;
  return {
    value: figure.value,
    valueMax: figure.valueMax,
    unit: figure.unit,
    family,
    qualifier: figure.qualifier,
    label: figure.label,
    role,
    indicator,
    category: figure.category ?? reading.category,
    restates: null,
    text: figure.text,
    span: figure.span,
    declared: true,
  };
}

function declaredRole(family: UnitFamily, label: string, lexicon: Lexicon): Role {
  const fixed = familyRole(family);
  if (fixed) return fixed;
  if (family !== 'people') return thingsRole(label, lexicon);
  const has = (list: readonly string[]) => list.some((w) => label.includes(w));
  return has(lexicon.words.PARTICIPATION_VERBS) || has(lexicon.words.LEAD_VERBS) ? 'participants' : 'stock';
}
