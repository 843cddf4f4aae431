import { mountPage } from '@/components/app/mountPage';
import { AccountBar } from '@/components/app/AccountBar';
import { AppCredentialPanel } from '@/components/options/AppCredentialPanel';
import { OptionsApp } from '@/components/options/OptionsApp';
import { sendMessage } from '@/lib/messaging';
import { credentialApi } from '@/lib/platform/attestation-api';
import { settingsStore } from '@/lib/platform/settings';
import { signInRedirectUri } from '@/lib/platform/this-extension';
import { useAccount } from '@/lib/platform/useAccount';

function OptionsPage() {
  const account = useAccount();
  return (
    <>
      <div class="page options-account">
        <AccountBar control={account} onOpenSettings={() => document.querySelector('form')?.scrollIntoView()} />
      </div>
      <OptionsApp
        settings={settingsStore}
        redirectUris={[signInRedirectUri()]}
        copyText={(text) => navigator.clipboard.writeText(text)}
        purgeOldRecords={() => sendMessage('purgeOldRecords', {})}
      />
      <AppCredentialPanel api={credentialApi} />
    </>
  );
}

mountPage(<OptionsPage />, settingsStore);
