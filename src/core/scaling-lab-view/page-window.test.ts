import { describe, expect, it } from 'vitest';
import { pageWindow } from './page-window.ts';

describe('pageWindow', () => {
  it('gives the row window of a page', () => {
    expect(pageWindow(1_000_001, 1, 100)).toEqual({
      page: 1,
      pages: 10_001,
      start: 100,
      end: 200,
      caption: 'Rows 101–200 of 1,000,001',
    });
  });

  it('clamps pages out of range', () => {
    expect(pageWindow(250, 99, 100)).toMatchObject({ page: 2, start: 200, end: 250 });
    expect(pageWindow(250, -3, 100)).toMatchObject({ page: 0, start: 0, end: 100 });
    expect(pageWindow(0, 0, 100)).toMatchObject({ pages: 1, start: 0, end: 0, caption: 'No rows' });
  });
});
