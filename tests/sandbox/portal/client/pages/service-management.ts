// The customer's Service management page: only enough to make the left nav's third link lead somewhere.
import { portalApi } from '../api-client';
import { card } from '../components/card';
import { h } from '../dom';
import { customerFrame } from './customer-frame';
import type { PageContext, RenderedPage } from './page';

export async function renderServiceManagementPage(context: PageContext, tenantId: string): Promise<RenderedPage> {
  const customer = await portalApi.customer(tenantId);
  const { strings } = context;
  const content = card(
    'service-management-heading',
    strings.serviceManagement,
    h('p', {}, strings.serviceManagementIntro),
    h('ul', { class: 'admin-centers' }, ...strings.adminCenters.map((name) => h('li', {}, name))),
  );
  return {
    title: `${strings.serviceManagement} - ${customer.companyName}`,
    content: customerFrame(context, customer, 'service-management', [content]),
  };
}
