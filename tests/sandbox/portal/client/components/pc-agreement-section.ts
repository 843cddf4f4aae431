// <pc-agreement-section>: the Account page's Microsoft Customer Agreement card, a component of its own.
import { h, openShadowRoot } from '../dom';
import { agreementSectionStyles } from '../styles/agreement-section';
import { cardStyles } from '../styles/card';
import { card } from './card';
import { type Field, fieldList } from './field-list';

export interface AgreementSectionContent {
  title: string;
  fields: readonly Field[];
  note: string;
}

const HEADING_ID = 'mca-heading';

export class PcAgreementSection extends HTMLElement {
  readonly #root = openShadowRoot(this, cardStyles, agreementSectionStyles);

  show({ title, fields, note }: AgreementSectionContent): void {
    this.#root.replaceChildren(card(HEADING_ID, title, fieldList(fields), '\n', h('p', { class: 'note' }, note)));
  }
}
