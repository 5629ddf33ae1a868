/** The rows of one page of a long list: only these are rendered. */
export interface PageWindow {
  page: number;
  pages: number;
  start: number;
  end: number;
  /** "Rows 101–200 of 1,000,001". */
  caption: string;
}

/** Clamps the page into range and gives the row window (end exclusive). */
export function pageWindow(total: number, page: number, pageSize: number): PageWindow {
  const size = Math.max(1, Math.floor(pageSize));
  const pages = Math.max(1, Math.ceil(total / size));
  const clamped = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = Math.min(total, clamped * size);
  const end = Math.min(total, start + size);
  const fmt = (n: number) => n.toLocaleString('en-US');
  const caption = total === 0 ? 'No rows' : `Rows ${fmt(start + 1)}–${fmt(end)} of ${fmt(total)}`;
  return { page: clamped, pages, start, end, caption };
}
