import type { FileOutput } from '../../../shared/schemas/files';

/**
 * Offers a file the core made as a download. In the app Electron answers a download with the system's save
 * dialog, so the user picks the folder and name (the suggested name is the core's); in a browser it is the
 * browser's download.
 */
export function saveFile(file: FileOutput): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; a moment later the URL can go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
