import { render, type ComponentChildren } from 'preact';
import type { SettingsStore } from '@/lib/settings/store';
import { AppRoot } from './AppRoot';
import './theme.css';

/** Mounts an extension page's UI inside the shared root (language, theme). */
export function mountPage(children: ComponentChildren, settings: SettingsStore): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('The page has no #app element');
  render(
    <AppRoot settings={settings} browserLanguages={navigator.languages}>
      {children}
    </AppRoot>,
    root,
  );
}
