// Around every customer page: the "Customers" breadcrumb, the company name and the customer's left nav.
import type { CustomerTab } from '@/tests/sandbox/portal/route';
import type { PortalCustomer } from '@/tests/sandbox/portal/types';
import { h } from '../dom';
import type { PageContext } from './page';

export function customerFrame(
  context: PageContext,
  customer: Pick<PortalCustomer, 'tenantId' | 'companyName'>,
  activeTab: CustomerTab,
  body: readonly Node[],
): Node[] {
  const { strings, href } = context;
  const tabs: ReadonlyArray<[CustomerTab, string]> = [
    ['account', strings.account],
    ['subscriptions', strings.subscriptions],
    ['service-management', strings.serviceManagement],
  ];
  const navLinks = tabs.map(([tab, label]) =>
    h(
      'li',
      {},
      h(
        'a',
        { href: href({ page: tab, tenantId: customer.tenantId }), 'aria-current': tab === activeTab ? 'page' : undefined },
        label,
      ),
    ),
  );
  return [
    h(
      'nav',
      { class: 'breadcrumb', 'aria-label': strings.breadcrumb },
      h(
        'ol',
        {},
        h('li', {}, h('a', { href: href({ page: 'customer-list' }) }, strings.customers)),
        h('li', { 'aria-current': 'page' }, customer.companyName),
      ),
    ),
    h('h1', { tabindex: -1 }, customer.companyName),
    h(
      'div',
      { class: 'customer-layout' },
      h('nav', { class: 'customer-nav', 'aria-label': strings.customerNavigation }, h('ul', {}, ...navLinks)),
      h('div', { class: 'customer-content' }, ...body),
    ),
  ];
}
