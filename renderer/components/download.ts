// The browser host has no folder to show: an export the core returned as base64 is also
// handed to the browser as a download (Electron shows the saved path instead).
const MIME = { csv: 'text/csv;charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

export function offerDownload(file: { readonly fileName: string; readonly base64: string }, format: keyof typeof MIME): void {
  if (window.partnerDesk) return;
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: MIME[format] }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.click();
  URL.revokeObjectURL(url);
}
