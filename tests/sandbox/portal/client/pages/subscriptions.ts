// The customer's Subscriptions page, with the purchase buttons the extension must leave alone.
import type { PortalSubscription } from '@/tests/sandbox/portal/api-types';
import { portalApi } from '../api-client';
import { card } from '../components/card';
import { h } from '../dom';
import type { PortalStrings } from '../strings';
import { customerFrame } from './customer-frame';
import { orderDialog } from './order-dialog';
import type { PageContext, RenderedPage } from './page';

type OrderAction = 'purchase' | 'change-quantity' | 'upgrade';

const COLUMN_CLASSES = [undefined, 'number', undefined, undefined, 'actions'];

export async function renderSubscriptionsPage(context: PageContext, tenantId: string): Promise<RenderedPage> {
  const [customer, subscriptions] = await Promise.all([portalApi.customer(tenantId), portalApi.subscriptions(tenantId)]);
  const { strings } = context;
  const dialog = orderDialog(strings);
  const orderButton = (action: OrderAction, label: string, attributes: Record<string, string> = {}) => {
    const button = h('button', { type: 'button', 'data-action': action, ...attributes }, label);
    button.addEventListener('click', () => dialog.showModal());
    return button;
  };
  const content = card(
    'subscriptions-heading',
    strings.subscriptions,
    h('div', { class: 'toolbar' }, orderButton('purchase', strings.addProducts, { class: 'primary' })),
    subscriptionTable(strings, subscriptions.items, (subscription) => {
      const about = { 'data-subscription-id': subscription.id, 'aria-describedby': `subscription-${subscription.id}` };
      return [orderButton('change-quantity', strings.changeQuantity, about), orderButton('upgrade', strings.upgrade, about)];
    }),
  );
  return {
    title: `${strings.subscriptions} - ${customer.companyName}`,
    content: [...customerFrame(context, customer, 'subscriptions', [content]), dialog],
  };
}

function subscriptionTable(
  strings: PortalStrings,
  subscriptions: readonly PortalSubscription[],
  rowActions: (subscription: PortalSubscription) => Node[],
): HTMLTableElement {
  const headings = [strings.product, strings.quantity, strings.billingFrequency, strings.status, strings.actions];
  const numberFormat = new Intl.NumberFormat(strings.locale);
  const rows = subscriptions.map((subscription) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row', id: `subscription-${subscription.id}` }, subscription.offerName),
      h('td', { class: 'number' }, numberFormat.format(subscription.quantity)),
      h('td', {}, subscription.billingCycle === 'monthly' ? strings.monthly : strings.annual),
      h('td', {}, strings.active),
      h('td', {}, h('div', { class: 'row-actions' }, ...rowActions(subscription))),
    ),
  );
  const headerCells = headings.map((heading, index) => h('th', { scope: 'col', class: COLUMN_CLASSES[index] }, heading));
  return h('table', {}, h('thead', {}, h('tr', {}, ...headerCells)), h('tbody', {}, ...rows));
}
