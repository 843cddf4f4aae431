import { describe, expect, it } from 'vitest';
import { pageWarningOf } from '@/lib/content/page-warning';
import type { Assessment, BlockableAction, NextStep } from '@/lib/mca/types';

const message = { key: 'mca.next.x' };
const STEPS: Record<NextStep['action'], NextStep> = {
  'invite-accept': { action: 'invite-accept', invitation: 'accept-mca', message },
  attest: { action: 'attest', channels: ['api'], message },
  'ask-provider': { action: 'ask-provider', message },
  refresh: { action: 'refresh', message },
};

const assessment = (
  blockedActions: BlockableAction[],
  steps: NextStep['action'][],
): Pick<Assessment, 'blockedActions' | 'nextSteps'> => ({
  blockedActions,
  nextSteps: steps.map((step) => STEPS[step]),
});

describe('pageWarningOf', () => {
  it.each([
    [
      'subscriptions, all blocked',
      'subscriptions',
      ['upgrade', 'new-purchase', 'quantity-change', 'term-or-billing-change'],
      ['new-purchase', 'quantity-change', 'term-or-billing-change', 'upgrade'],
    ],
    ['subscriptions, only purchases blocked', 'subscriptions', ['new-purchase'], ['new-purchase']],
    ['a new order, purchases blocked', 'neworder', ['new-purchase', 'upgrade'], ['new-purchase']],
    ['a section in another case', 'ChangeQuantity', ['quantity-change'], ['quantity-change']],
    ['upgrades, only purchases blocked', 'upgrades', ['new-purchase'], null],
    ['the account page', 'account', ['new-purchase'], null],
    ['no section', undefined, ['new-purchase'], null],
    ['nothing blocked', 'subscriptions', [], null],
  ] as const)('%s', (_label, section, blocked, shown) => {
    const warning = pageWarningOf(assessment([...blocked], ['attest']), section);
    expect(warning?.blockedActions ?? null).toEqual(shown);
  });

  it('offers the next steps the page can act on, in their order, and leaves checking again to the panel', () => {
    expect(
      pageWarningOf(assessment(['new-purchase'], ['refresh', 'ask-provider', 'invite-accept', 'attest']), 'cart')?.waysOut,
    ).toEqual(['ask-provider', 'invite-accept', 'attest']);
    expect(pageWarningOf(assessment(['new-purchase'], ['refresh']), 'cart')?.waysOut).toEqual([]);
  });
});
