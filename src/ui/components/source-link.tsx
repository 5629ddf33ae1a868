/**
 * A source a user can open: the upstream file at its pinned commit or tag, in a new tab. Shown as
 * `owner/repo path#L1-L2`, which says what the link opens without the long commit hash.
 */
export function SourceLink({ href }: { href: string }) {
  const match = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/blob\/[^/]+\/(.+)$/.exec(href);
  // Anything that is not an upstream link (none should be) is shown as plain text, never linked.
  if (!match) return <span>{href}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="underline decoration-dotted underline-offset-2 hover:decoration-solid"
    >
      {match[1]} {match[2]}
    </a>
  );
}
