/** Hands a file made in the page to the browser as a download: a Blob URL on a temporary <a download>. */
export function downloadBlob(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; revoke later so slow browsers can still read the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const PDF_MIME = 'application/pdf';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
