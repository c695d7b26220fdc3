// Files made by a callable (base64 or text) become downloads without another request: a Blob, an object URL
// and a click on a link with `download` (docs/data-model.md "Exports").

export function base64Blob(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** Starts the download of `url` as `filename` (the browser's own download, as a click on a link would). */
export function saveUrl(url: string, filename: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}
