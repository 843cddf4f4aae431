// The wording of Partner Center's controls that start a blocked action, per language, to put the warning next to them.
// Sources: Microsoft's docs name "Add subscription"/"Add products" and per-subscription changes.
// Easy to extend: add the live wording when it is seen on a real tenant.

export const ACTION_CONTROL_LABELS: readonly string[] = [
  'Add products',
  'Add subscription',
  'Add subscriptions',
  'Change quantity',
  'Upgrade',
  'Ajouter des produits',
  'Ajouter un abonnement',
  'Ajouter des abonnements',
  'Modifier la quantité',
  'Mettre à niveau',
];

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const WANTED = new Set(ACTION_CONTROL_LABELS.map(normalize));

/** Whether a button's or link's text is one of the controls that start a blocked action. */
export function isActionControlLabel(text: string): boolean {
  return WANTED.has(normalize(text));
}
