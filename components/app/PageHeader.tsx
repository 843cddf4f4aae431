import type { ComponentChildren } from 'preact';
import { useI18n } from './I18nContext';

interface Props {
  title: string;
  children?: ComponentChildren;
}

export function PageHeader({ title, children }: Props) {
  const { t } = useI18n();
  return (
    <header class="page-header">
      <div>
        <p class="product">{t('common.appName')}</p>
        <h1>{title}</h1>
      </div>
      {children ? <div class="actions">{children}</div> : null}
    </header>
  );
}
