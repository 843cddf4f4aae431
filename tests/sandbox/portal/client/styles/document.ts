// The light DOM's stylesheet, served as /_portal/app.css; the components style their own shadow roots.
export const documentStyles = `
:root { color-scheme: light; }
html, body { margin: 0; min-height: 100%; }
body {
  font-family: 'Segoe UI', 'Segoe UI Web (West European)', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, sans-serif;
  font-size: 14px;
  line-height: 20px;
  color: #242424;
  background: #f5f5f5;
}
pc-shell { display: block; min-height: 100vh; }
`;
