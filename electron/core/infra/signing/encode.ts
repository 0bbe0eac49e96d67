// The percent-encoder E of signing.md §3.1 and its inverse for canonical query building.
// E keeps only RFC 3986 unreserved bytes; it is stricter than encodeURIComponent.
const HEX = '0123456789ABCDEF';
const KEEP = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~') KEEP[ch.charCodeAt(0)] = 1;

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** E(s): UTF-8 bytes, unreserved kept, every other byte as upper-case %XX. */
export function percentEncode(s: string): string {
  // Fast path: most segments and values are plain ASCII and need no escaping at all.
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || KEEP[c] !== 1) { plain = false; break; }
  }
  if (plain) return s;
  let out = '';
  for (const b of utf8.encode(s)) {
    out += b < 128 && KEEP[b] === 1 ? String.fromCharCode(b) : `%${HEX[b >> 4]}${HEX[b & 15]}`;
  }
  return out;
}

/**
 * Decodes %XX escapes to bytes and the bytes as strict UTF-8. `+` stays a literal plus (§3.2
 * step 5, P8). Returns null for a malformed escape or invalid UTF-8, which no signer could
 * have produced a stable signature for.
 */
export function percentDecode(s: string): string | null {
  if (!s.includes('%')) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25) {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return null;
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (c < 128) {
      bytes.push(c);
    } else {
      bytes.push(...utf8.encode(s[i] ?? ''));
    }
  }
  try {
    return strictUtf8.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}
