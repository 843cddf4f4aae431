/**
 * Page-side source of a function telling whether a click at an element's centre reaches it (nothing of ours on top),
 * looking through shadow roots: `(${REACHED_BY_CLICK})(element)` in an evaluated expression.
 */
export const REACHED_BY_CLICK = `(target) => {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + box.height / 2;
  let hit = document.elementFromPoint(x, y);
  while (hit && hit.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit === target || target.contains(hit) || (target.shadowRoot !== null && target.shadowRoot.contains(hit));
}`;
