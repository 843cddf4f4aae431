import { describe, expect, it } from 'vitest';
import { noticeFor, tenantOfNotice } from '@/lib/attestation/notification';
import { appTranslator } from '@/lib/i18n';
import type { TrackedAttestationState } from '@/lib/records/types';
import { tracked } from './tracked-fixture';

describe('attestation notifications', () => {
  it.each<[TrackedAttestationState, string | null]>([
    [
      'accepted',
      'Ada Lovelace accepted the Microsoft Customer Agreement for Fabrikam. Create the agreement to finish the attestation.',
    ],
    ['agreement-created', 'Fabrikam now has a current attestation: Ada Lovelace accepted and the agreement was created.'],
    [
      'expired',
      'The link sent to Ada Lovelace for Fabrikam expired without acceptance. Send a new link from the side panel or the dashboard.',
    ],
    ['failed', null],
    ['link-sent', null],
  ])('a move to %s says %j', (state, message) => {
    const notice = noticeFor({ attestation: tracked({ state }), from: 'link-sent' });
    const { t } = appTranslator('en');
    expect(notice ? t(notice.messageKey, notice.params) : null).toBe(message);
  });

  it('speaks French', () => {
    const notice = noticeFor({ attestation: tracked({ state: 'agreement-created' }), from: 'accepted' })!;
    expect(appTranslator('fr').t(notice.titleKey)).toBe('Accord créé');
  });

  it('a click finds the customer of our notifications only', () => {
    const attestation = tracked({ state: 'expired' });
    const notice = noticeFor({ attestation, from: 'link-sent' })!;
    expect(tenantOfNotice(notice.id)).toBe(attestation.tenantId);
    expect(tenantOfNotice('other-extension 1 2 3')).toBeNull();
    expect(tenantOfNotice(`${notice.id} extra`)).toBeNull();
    expect(tenantOfNotice('')).toBeNull();
  });

  it('one notification per attestation and state: the same news twice replaces itself', () => {
    const a = noticeFor({ attestation: tracked({ state: 'accepted' }), from: 'link-sent' })!;
    const b = noticeFor({ attestation: tracked({ state: 'accepted' }), from: 'link-sent' })!;
    const c = noticeFor({ attestation: tracked({ state: 'agreement-created' }), from: 'accepted' })!;
    expect(a.id).toBe(b.id);
    expect(c.id).not.toBe(a.id);
  });
});
