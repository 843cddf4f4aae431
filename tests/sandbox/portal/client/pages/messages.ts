// Pages that only say something: unknown customer, page the sandbox lacks, loading failure.
import { h } from '../dom';
import type { PageContext, RenderedPage } from './page';

function messagePage(title: string, detail: string, action: Node): RenderedPage {
  return { title, content: [h('h1', { tabindex: -1 }, title), h('div', { class: 'card' }, h('p', {}, detail), action)] };
}

function backToCustomers({ strings, href }: PageContext): Node {
  return h('a', { href: href({ page: 'customer-list' }) }, strings.backToCustomers);
}

export function customerNotFoundPage(context: PageContext, tenantId: string): RenderedPage {
  const { strings } = context;
  return messagePage(strings.customerNotFound, strings.customerNotFoundDetail(tenantId), backToCustomers(context));
}

export function unavailablePage(context: PageContext): RenderedPage {
  return messagePage(context.strings.pageUnavailable, context.strings.pageUnavailableDetail, backToCustomers(context));
}

export function loadFailedPage(context: PageContext): RenderedPage {
  const retry = h('button', { type: 'button', class: 'primary' }, context.strings.tryAgain);
  retry.addEventListener('click', () => context.reload());
  return messagePage(context.strings.errorTitle, context.strings.loadFailed, retry);
}
