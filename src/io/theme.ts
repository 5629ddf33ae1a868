export type ThemeChoice = 'light' | 'dark' | 'system';
export type Theme = 'light' | 'dark';

const darkQuery = '(prefers-color-scheme: dark)';

/** The theme a choice means on this machine now. */
export function resolveTheme(choice: ThemeChoice): Theme {
  if (choice !== 'system') return choice;
  return window.matchMedia(darkQuery).matches ? 'dark' : 'light';
}

/** Applies the theme to the page and, for `system`, follows the OS; returns a function that stops following. */
export function applyTheme(choice: ThemeChoice, onResolved: (theme: Theme) => void): () => void {
  const apply = () => {
    const theme = resolveTheme(choice);
    document.documentElement.classList.toggle('dark', theme === 'dark');
    document.documentElement.style.colorScheme = theme;
    onResolved(theme);
  };
  apply();
  if (choice !== 'system') return () => undefined;
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}

const themeKey = 'actor-studio.theme';

/** The saved theme choice, or `system`; storage that is blocked reads as no choice. */
export function loadThemeChoice(): ThemeChoice {
  try {
    const saved = window.localStorage.getItem(themeKey);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the theme choice; a full or blocked storage only means it is not remembered. */
export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    window.localStorage.setItem(themeKey, choice);
  } catch {
    // Nothing to lose: the theme applies for this visit either way.
  }
}
