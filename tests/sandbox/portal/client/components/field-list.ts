// Label/value rows whose textContent reads `Label: Value`, one row per line.
import { h } from '../dom';

export interface Field {
  /** With its colon, as the page shows it: `Partner attestation:`. */
  label: string;
  value: string;
  tone?: 'positive' | 'negative';
}

export function fieldList(fields: readonly Field[]): HTMLDListElement {
  const list = h('dl', { class: 'fields' });
  fields.forEach((field, index) => {
    if (index > 0) list.append('\n');
    const valueClass = field.tone ? `value ${field.tone}` : 'value';
    list.append(
      h('div', { class: 'field' }, h('dt', { class: 'label' }, field.label), ' ', h('dd', { class: valueClass }, field.value)),
    );
  });
  return list;
}
