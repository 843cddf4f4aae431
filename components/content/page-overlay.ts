import { createTranslator, type Translator } from '@/lib/i18n/translator';
import { resolveUiLocale, type UiLocale } from '@/lib/i18n/locale';
import { blockedActionLabel, isAtRisk, statusDescription, statusLabel } from '@/lib/mca';
import type { contentProtocol } from '@/lib/messaging/content-protocol';
import type * as z from 'zod/mini';
import { pageWarningOf } from '@/lib/content/page-warning';
import type { PageMatch } from '@/lib/partner-center/pages';
import { pageCatalogs } from '@/locales/page-catalog';
import { renderBlockedWarning } from './blocked-warning';
import { renderStatusBadge, type BadgeState } from './status-badge';

type StatusResponse = z.output<(typeof contentProtocol)['getCustomerStatus']['response']>;

export interface OverlayActions {
  openSidePanel(tenantId: string): void;
  draftInvitation(tenantId: string, kind: 'accept-mca' | 'indirect-provider-request'): void;
}

/** The extension's corner of a customer page: the status badge and, where an action is blocked, the warning. */
export function createPageOverlay(container: HTMLElement, actions: OverlayActions, onDismissWarning: () => void) {
  let t: Translator<string> = createTranslator(pageCatalogs, resolveUiLocale('auto', navigator.languages)) as Translator<string>;
  const dismissed = new Set<string>();
  const stack = document.createElement('div');
  stack.className = 'stack';
  container.append(stack);

  const setLocale = (locale: UiLocale) => {
    if (locale !== t.locale) t = createTranslator(pageCatalogs, locale) as Translator<string>;
  };

  const show = (...nodes: HTMLElement[]) => stack.replaceChildren(...nodes);

  function badge(state: BadgeState, tenantId: string) {
    return renderStatusBadge(state, () => actions.openSidePanel(tenantId));
  }

  function warning(response: StatusResponse, match: PageMatch): HTMLElement | null {
    const { assessment, tenantId } = response;
    const here = pageWarningOf(assessment, match.section);
    if (!here || dismissed.has(tenantId)) return null;
    const ways = here.waysOut.map((way) => {
      switch (way) {
        case 'invite-accept':
          return { label: t.t('page.warning.invite'), run: () => actions.draftInvitation(tenantId, 'accept-mca') };
        case 'attest':
          return { label: t.t('page.warning.attest'), run: () => actions.openSidePanel(tenantId) };
        case 'ask-provider':
          return {
            label: t.t('page.warning.askProvider'),
            run: () => actions.draftInvitation(tenantId, 'indirect-provider-request'),
          };
      }
    });
    const rule = assessment.blockStartsAt
      ? t.t('page.warning.since', { date: assessment.blockStartsAt })
      : t.render(statusDescription(assessment.status));
    return renderBlockedWarning(
      {
        title: t.t('page.warning.title'),
        rule,
        blockedHeading: t.t('page.warning.blocked'),
        blockedActions: here.blockedActions.map((action) => t.render(blockedActionLabel(action))),
        waysOutHeading: t.t('page.warning.waysOut'),
        untouched: t.t('page.warning.untouched'),
        dismissLabel: t.t('page.warning.dismiss'),
        actions: [...ways, { label: t.t('page.warning.details'), run: () => actions.openSidePanel(tenantId) }],
      },
      () => {
        dismissed.add(tenantId);
        onDismissWarning();
      },
    );
  }

  return {
    clear: () => show(),
    showChecking: (tenantId: string) => show(badge({ kind: 'checking', text: t.t('page.badge.checking') }, tenantId)),
    showUnavailable: (tenantId: string) => show(badge({ kind: 'unavailable', text: t.t('page.badge.unavailable') }, tenantId)),
    /** Shows the status on the badge; returns the warning to place when this page leads to an action blocked for the customer. */
    showStatus(response: StatusResponse, match: PageMatch): HTMLElement | null {
      setLocale(response.uiLocale);
      const { assessment, tenantId } = response;
      const status = t.render(statusLabel(assessment.status));
      const state: BadgeState = {
        kind: 'status',
        status: assessment.status,
        atRisk: isAtRisk(assessment),
        certain: assessment.certain,
        text: t.t('page.badge.label', { status }),
        uncertainText: t.t('page.badge.uncertain'),
        accessibleName: t.t('page.badge.open', { status }),
      };
      show(badge(state, tenantId));
      return warning(response, match);
    },
    /** Where the page offers no place next to its controls, the warning stands above the badge. */
    showFloating(node: HTMLElement) {
      stack.prepend(node);
    },
  };
}
