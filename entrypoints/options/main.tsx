import { mountPage } from '../../components/app/mountPage';
import { AccountBar } from '../../components/app/AccountBar';
import { OptionsApp } from '../../components/options/OptionsApp';
import { settingsStore } from '../../lib/platform/settings';
import { useAccount } from '../../lib/platform/use-account';

function OptionsPage() {
  const account = useAccount();
  return (
    <>
      <div class="page options-account">
        <AccountBar control={account} onOpenSettings={() => document.querySelector('form')?.scrollIntoView()} />
      </div>
      <OptionsApp settings={settingsStore} redirectUris={[browser.identity.getRedirectURL()]} copyText={(text) => navigator.clipboard.writeText(text)} />
    </>
  );
}

mountPage(<OptionsPage />, settingsStore);
