import { useState } from 'preact/hooks';
import { useI18n } from '../app/I18nContext';

interface Props {
  uris: readonly string[];
  /** The clipboard; without it the addresses are shown for copying by hand. */
  copyText?: ((text: string) => Promise<void>) | undefined;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The redirect URIs to register in Entra as single-page-application redirects, each with a copy button. */
export function RedirectUris({ uris, copyText }: Props) {
  const { t } = useI18n();
  const [copy, setCopy] = useState<CopyState>('idle');

  const copyUri = async (uri: string) => {
    if (!copyText) return;
    try {
      await copyText(uri);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div class="redirect-uris">
      <h3 id="redirect-uris-title">{t('settings.redirects.title')}</h3>
      <p class="field-hint">{t('settings.redirects.intro')}</p>
      {uris.length === 0 ? (
        <p class="muted">{t('settings.redirects.none')}</p>
      ) : (
        <ul aria-labelledby="redirect-uris-title">
          {uris.map((uri) => (
            <li key={uri}>
              <code>{uri}</code>
              {copyText ? (
                <button
                  type="button"
                  aria-label={t('settings.actions.copyLabel', { value: uri })}
                  onClick={() => void copyUri(uri)}
                >
                  {t('settings.actions.copy')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p class="status-line" role="status">
        {copy === 'copied' ? t('settings.status.copied') : copy === 'failed' ? t('settings.status.copyFailed') : ''}
      </p>
    </div>
  );
}
