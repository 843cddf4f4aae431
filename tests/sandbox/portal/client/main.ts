// Entry point of the sandbox's Partner Center SPA, bundled by client-bundle.ts.
import { definePortalElements } from './components/define';
import { startPortalApp } from './app';

definePortalElements();
startPortalApp(document.querySelector('pc-shell') ?? document.body.appendChild(document.createElement('pc-shell')));
