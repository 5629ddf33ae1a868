/** The one place two texts differ: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * Characters compared at once while the texts agree: comparing two slices is one native compare,
 * many times quicker than a character loop over a large file (one keystroke compares it all).
 */
const chunk = 512;

/** The differing middle of two texts, after their common start and common end. */
export function textChange(before: string, after: string): TextChange {
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (
    start + chunk <= shortest &&
    before.slice(start, start + chunk) === after.slice(start, start + chunk)
  )
    start += chunk;
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (
    oldEnd - chunk >= start &&
    newEnd - chunk >= start &&
    before.slice(oldEnd - chunk, oldEnd) === after.slice(newEnd - chunk, newEnd)
  ) {
    oldEnd -= chunk;
    newEnd -= chunk;
  }
  while (
    oldEnd > start &&
    newEnd > start &&
    before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)
  ) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}
