import { describe, expect, it } from 'vitest';
import { createHistory, historyLimit, recordText, redoText, undoText } from './text-history.ts';

describe('text history', () => {
  it('undoes and redoes exact texts', () => {
    let h = createHistory('a: 1\n');
    h = recordText(h, 'a: 2\n', 'form', 0);
    h = recordText(h, 'a: 2\nb: 1\n', 'editor', 10);
    h = undoText(h);
    expect(h.present).toBe('a: 2\n');
    h = undoText(h);
    expect(h.present).toBe('a: 1\n');
    h = redoText(redoText(h));
    expect(h.present).toBe('a: 2\nb: 1\n');
  });

  it('coalesces a burst of typing from one source into one step', () => {
    let h = createHistory('');
    h = recordText(h, 'a', 'editor', 0);
    h = recordText(h, 'ab', 'editor', 100);
    h = recordText(h, 'abc', 'editor', 2000);
    expect(undoText(h).present).toBe('ab');
    expect(undoText(undoText(h)).present).toBe('');
  });

  it('drops the redo branch on a new edit and ignores no-op edits', () => {
    let h = recordText(createHistory('x'), 'y', undefined, 0);
    h = undoText(h);
    h = recordText(h, 'z', undefined, 1);
    expect(redoText(h)).toBe(h);
    expect(recordText(h, 'z', undefined, 2)).toBe(h);
  });

  it('keeps at most the history limit', () => {
    let h = createHistory('0');
    for (let i = 1; i <= historyLimit + 20; i++) h = recordText(h, String(i), undefined, i);
    expect(h.past.length).toBe(historyLimit);
  });
});
