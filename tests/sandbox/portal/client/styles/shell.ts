export const shellStyles = `
:host { display: flex; flex-direction: column; min-height: 100vh; }
.topbar {
  position: sticky; top: 0; z-index: 10;
  display: flex; align-items: center; gap: 12px;
  height: 48px; padding: 0 16px;
  background: #1f1f1f; color: #fff;
}
.waffle {
  display: grid; grid-template-columns: repeat(3, 4px); gap: 3px; padding: 6px;
}
.waffle span { width: 4px; height: 4px; background: #fff; }
.brand { color: #fff; font-size: 16px; font-weight: 600; text-decoration: none; }
.brand:hover { text-decoration: underline; }
.brand:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }
.sandbox-badge {
  padding: 2px 8px; border-radius: 4px;
  background: #fde300; color: #1f1f1f;
  font-size: 12px; font-weight: 700; letter-spacing: .04em; text-transform: uppercase;
}
.spacer { flex: 1; }
.avatar {
  display: inline-flex; align-items: center; justify-content: center;
  width: 32px; height: 32px; border-radius: 50%;
  background: #3d6fb3; font-size: 12px; font-weight: 600;
}
main { flex: 1; padding: 20px 32px 40px; }
`;
