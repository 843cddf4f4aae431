import { describe, expect, it } from 'vitest';
import { blockedActionDescription, blockedActionLabel, statusDescription, statusLabel } from '@/lib/mca/labels';
import { BLOCKABLE_ACTIONS, MCA_STATUSES } from '@/lib/mca/types';
import { expectRenderable } from './catalog-messages';

describe('display labels', () => {
  it.each(MCA_STATUSES)('status %s has a label and a description in every language', (status) => {
    expectRenderable(statusLabel(status));
    expectRenderable(statusDescription(status));
  });

  it.each(BLOCKABLE_ACTIONS)('blocked action %s has a label and a description in every language', (action) => {
    expectRenderable(blockedActionLabel(action));
    expectRenderable(blockedActionDescription(action));
  });

  it('fills the milestone dates from the timeline', () => {
    expect(statusDescription('attestation-stale').params).toEqual({
      cutoff: '2023-04-01T00:00:00Z',
      blockFrom: '2025-10-07T00:00:00Z',
    });
  });
});
