// What Ctrl/Cmd+C puts on the clipboard: one cell as is, a row as tab-separated cells, so a
// paste into Excel fills cells. Tabs and newlines inside values would split cells: flatten them.

export function cellText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[\t\r\n]+/g, ' ');
}

export function rowText(values: readonly (string | number | null | undefined)[]): string {
  return values.map(cellText).join('\t');
}

/** Writes text to the clipboard; falls back to a hidden textarea where the async API is refused. */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
