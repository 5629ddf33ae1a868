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
