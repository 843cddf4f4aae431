// Cards and label/value lists, used by the page and by components nested inside it.
export const cardStyles = `
.card {
  background: #fff; border-radius: 8px; padding: 20px 24px; margin: 0 0 20px;
  box-shadow: 0 0 2px rgba(0, 0, 0, .12), 0 2px 4px rgba(0, 0, 0, .14);
}
.card p { margin: 0 0 12px; }
.card h2 { margin: 0 0 16px; font-size: 18px; line-height: 24px; font-weight: 600; }
.fields { display: grid; gap: 12px; margin: 0; }
.field { display: grid; grid-template-columns: minmax(200px, 300px) 1fr; gap: 16px; }
.label { color: #616161; }
.value { margin: 0; overflow-wrap: anywhere; }
.value.positive::before, .value.negative::before {
  content: ''; display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 8px; vertical-align: 1px;
}
.value.positive::before { background: #107c10; }
.value.negative::before { background: #bc4b09; }
`;
