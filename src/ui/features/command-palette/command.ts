/** One action of the studio, reachable from the palette and, with `shortcut`, from the keyboard. */
export interface Command {
  id: string;
  title: string;
  /** Shown in the palette and the cheat sheet, e.g. `Ctrl+S`. */
  shortcut?: string;
  run: () => void;
}

/** Commands whose title holds every word of the query, in the order given. */
export function filterCommands(commands: readonly Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((c) => {
    const title = c.title.toLowerCase();
    return words.every((w) => title.includes(w));
  });
}
