export const agreementSectionStyles = `
:host { display: block; }
.card .note {
  margin: 16px 0 0; padding: 8px 12px; border-radius: 4px;
  background: #ebf3fc; color: #242424; border-left: 3px solid #0f6cbd;
}
`;
