import { describe, expect, it } from 'vitest';
import { visibleRange } from '@/lib/book/virtual-window';

describe('visibleRange', () => {
  it.each([
    [0, 360, 36, 50_000, 8, { start: 0, end: 19 }],
    [36_000, 360, 36, 50_000, 8, { start: 992, end: 1019 }],
    [1_799_640, 360, 36, 50_000, 8, { start: 49_982, end: 50_000 }],
    [0, 360, 36, 5, 8, { start: 0, end: 5 }],
    [-50, 360, 36, 100, 0, { start: 0, end: 11 }],
    [0, 360, 36, 0, 8, { start: 0, end: 0 }],
  ])(
    'scrollTop %i, viewport %i, rows of %i, %i rows, overscan %i',
    (scrollTop, viewport, rowHeight, total, overscan, expected) => {
      expect(visibleRange(scrollTop, viewport, rowHeight, total, overscan)).toEqual(expected);
    },
  );
});
