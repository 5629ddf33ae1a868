import { useStudioSlice } from '@/ui/state/studio-context.tsx';

/** While the text does not parse, says where, and that the form shows the last good values read-only. */
export function SyntaxBanner() {
  const error = useStudioSlice((s) => s.derived.syntaxError);
  // Locked before the reader has loaded too, but then nothing is wrong with the text.
  const locked = useStudioSlice((s) => s.derived.formLocked && s.derived.parsed !== undefined);
  if (!locked) return null;
  const place = error?.range ? `line ${error.range.line}, column ${error.range.col}` : 'the text';
  return (
    <div
      role="status"
      className="border-b border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <strong>YAML syntax error at {place}:</strong> {error?.message ?? 'the text does not parse.'}{' '}
      The form shows the last values that parsed and is read-only until the text parses again. Your
      text is kept as typed.
    </div>
  );
}
