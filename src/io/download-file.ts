/** A file the core produced, ready to deliver. */
export interface Artifact {
  filename: string;
  mimeType: string;
  content: string | Uint8Array;
}

/** The one place that turns bytes into a browser download. */
export function downloadArtifact(artifact: Artifact): void {
  const blob = new Blob([artifact.content as BlobPart], { type: artifact.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = artifact.filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
