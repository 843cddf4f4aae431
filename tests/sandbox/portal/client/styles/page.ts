export const pageStyles = `
:host { display: block; }
:host([aria-busy='true']) { min-height: 200px; }
a { color: #0f6cbd; text-decoration: none; }
a:hover { text-decoration: underline; color: #115ea3; }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 2px; }
h1 { margin: 4px 0 20px; font-size: 28px; line-height: 36px; font-weight: 600; }
h1:focus { outline: none; }
.loading { display: flex; align-items: center; gap: 12px; padding: 48px 0; color: #616161; }
.spinner {
  width: 20px; height: 20px; border-radius: 50%;
  border: 2px solid #d1d1d1; border-top-color: #0f6cbd; animation: spin 0.8s linear infinite;
}
@keyframes spin { to { transform: rotate(360deg); } }
.breadcrumb ol { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; list-style: none; color: #616161; }
.breadcrumb li + li::before { content: '›'; margin-right: 8px; }
.customer-layout { display: grid; grid-template-columns: 220px minmax(0, 1fr); gap: 32px; align-items: start; }
.customer-nav ul { margin: 0; padding: 0; list-style: none; }
.customer-nav a {
  display: block; padding: 8px 12px; border-left: 3px solid transparent; border-radius: 0 4px 4px 0; color: #242424;
}
.customer-nav a:hover { background: #f0f0f0; text-decoration: none; color: #242424; }
.customer-nav a[aria-current='page'] { border-left-color: #0f6cbd; background: #ebf3fc; font-weight: 600; }
.search { display: flex; flex-direction: column; gap: 4px; margin: 0 0 16px; max-width: 360px; }
.search input {
  font: inherit; padding: 5px 10px; border: 1px solid #d1d1d1; border-bottom-color: #616161; border-radius: 4px; background: #fff;
}
table { width: 100%; border-collapse: collapse; background: #fff; }
th, td { padding: 10px 12px; text-align: left; border-bottom: 1px solid #e0e0e0; vertical-align: middle; }
th { font-weight: 600; color: #424242; }
tbody th { color: #242424; }
th.actions { text-align: right; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.table-card { padding: 8px 12px 12px; }
.muted { color: #616161; }
.mono { font-family: Consolas, 'Cascadia Mono', ui-monospace, monospace; font-size: 13px; }
.pager { display: flex; align-items: center; justify-content: flex-end; gap: 12px; padding-top: 12px; }
.toolbar { display: flex; gap: 8px; margin: 0 0 16px; }
.row-actions { display: flex; gap: 8px; justify-content: flex-end; }
button {
  font: inherit; font-weight: 600; padding: 5px 12px; min-height: 32px; border-radius: 4px; cursor: pointer;
  border: 1px solid #d1d1d1; background: #fff; color: #242424;
}
button:hover:not(:disabled) { background: #f5f5f5; border-color: #c7c7c7; }
button.primary { background: #0f6cbd; border-color: #0f6cbd; color: #fff; }
button.primary:hover:not(:disabled) { background: #115ea3; border-color: #115ea3; }
button:disabled { color: #bdbdbd; cursor: default; }
dialog {
  border: none; border-radius: 8px; padding: 24px; max-width: 420px;
  box-shadow: 0 0 8px rgba(0, 0, 0, .12), 0 32px 64px rgba(0, 0, 0, .14);
}
dialog::backdrop { background: rgba(0, 0, 0, .4); }
dialog h2 { margin: 0 0 8px; font-size: 20px; font-weight: 600; }
dialog p { margin: 0 0 20px; }
.dialog-actions { display: flex; justify-content: flex-end; }
.admin-centers { margin: 0; padding-left: 20px; }
`;
