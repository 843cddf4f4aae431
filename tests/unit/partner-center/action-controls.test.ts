import { describe, expect, it } from 'vitest';
import { isActionControlLabel } from '@/lib/partner-center/action-controls';

describe('isActionControlLabel', () => {
  it.each([
    ['Add products', true],
    ['  add   PRODUCTS ', true],
    ['Modifier la quantité', true],
    ['Mettre à niveau', true],
    ['Upgrade', true],
    ['Upgrade plan options', false],
    ['Account', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isActionControlLabel(text)).toBe(expected);
  });
});
