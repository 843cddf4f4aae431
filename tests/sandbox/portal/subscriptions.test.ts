import { describe, expect, it } from 'vitest';
import { subscriptionsOf } from './subscriptions';

describe('subscriptionsOf', () => {
  it('gives a tenant the same few subscriptions every time', () => {
    const first = subscriptionsOf('0b6c8e2a-1f3d-4e5a-9b7c-2d4e6f8a0b1c');
    expect(subscriptionsOf('0b6c8e2a-1f3d-4e5a-9b7c-2d4e6f8a0b1c')).toEqual(first);
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(first.length).toBeLessThanOrEqual(4);
  });

  it('makes well-formed, distinct subscriptions', () => {
    for (const tenantId of ['a', 'b', '1c7d9f3b-2a4e-4f6b-8c8d-3e5f7a9b1c2d', '']) {
      const subscriptions = subscriptionsOf(tenantId);
      expect(new Set(subscriptions.map((subscription) => subscription.id)).size).toBe(subscriptions.length);
      expect(new Set(subscriptions.map((subscription) => subscription.offerName)).size).toBe(subscriptions.length);
      for (const subscription of subscriptions) {
        expect(subscription.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(subscription.quantity).toBeGreaterThanOrEqual(1);
        expect(subscription.quantity).toBeLessThanOrEqual(300);
      }
    }
  });

  it('differs between tenants', () => {
    expect(subscriptionsOf('tenant-one')).not.toEqual(subscriptionsOf('tenant-two'));
  });
});
