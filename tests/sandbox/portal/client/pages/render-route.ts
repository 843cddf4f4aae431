// Which page the current route shows; a missing customer and a failed load get pages of their own.
import { NotFoundError } from '../api-client';
import { renderAccountPage } from './account';
import { renderCustomerList } from './customer-list';
import { customerNotFoundPage, loadFailedPage, unavailablePage } from './messages';
import type { PageContext, RenderedPage } from './page';
import { renderServiceManagementPage } from './service-management';
import { renderSubscriptionsPage } from './subscriptions';

export async function renderRoute(context: PageContext): Promise<RenderedPage> {
  const { route } = context.location;
  try {
    switch (route.page) {
      case 'customer-list':
        return await renderCustomerList(context);
      case 'account':
        return await renderAccountPage(context, route.tenantId);
      case 'subscriptions':
        return await renderSubscriptionsPage(context, route.tenantId);
      case 'service-management':
        return await renderServiceManagementPage(context, route.tenantId);
      case 'unknown':
        return unavailablePage(context);
    }
  } catch (error) {
    if (error instanceof NotFoundError && 'tenantId' in route) return customerNotFoundPage(context, route.tenantId);
    console.error(error);
    return loadFailedPage(context);
  }
}
