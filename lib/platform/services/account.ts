import { broadcast, handleMessage, type HandlerContext } from '@/lib/messaging';
import { describeFailure } from '@/lib/failure/failure';
import { tokens } from '../partner-center';
import { settingsStore } from '../settings';

export function registerAccountService(context: HandlerContext): void {
  tokens.onChange(() => broadcast('accountChanged', {}));

  handleMessage('getAccount', context, async () => {
    const settings = await settingsStore.load();
    return { account: await tokens.getAccount(), configured: Boolean(settings.partnerTenant && settings.delegatedClientId) };
  });

  handleMessage('signIn', context, async () => {
    try {
      return { ok: true as const, account: await tokens.signIn() };
    } catch (error) {
      return { ok: false as const, error: describeFailure(error) };
    }
  });

  handleMessage('signOut', context, async () => {
    await tokens.signOut();
    return {};
  });
}
