// The layers between folders, checked on every lint: lib/ is the product's logic, components/ draw it, entrypoints/ wire them.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-not-above',
      comment: 'lib/ never imports components/ or entrypoints/.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|entrypoints)/' },
    },
    {
      name: 'components-not-entrypoints',
      comment: 'components/ never imports entrypoints/.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'components-platform-types-only',
      comment: 'components/ take the browser through props; from lib/platform/ they import types only.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^lib/platform/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'lib-folders-no-cycle',
      comment: 'The domain folders of lib/ form no cycle: a folder that needs another sits above it.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^lib/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(\\.output|\\.wxt|node_modules|demo-output)/' },
  },
};
