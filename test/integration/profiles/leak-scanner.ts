// Finds a secret in text or files in the forms it could leak in: raw, base64 (every byte
// alignment, standard and url-safe), hex (either case), URL-encoded.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Hit {
  readonly where: string;
  readonly form: string;
}

export function needles(secret: string): Array<{ form: string; text: string }> {
  const bytes = Buffer.from(secret, 'utf8');
  const out = [
    { form: 'raw', text: secret },
    { form: 'url-encoded', text: encodeURIComponent(secret) },
    { form: 'hex', text: bytes.toString('hex') },
    { form: 'HEX', text: bytes.toString('hex').toUpperCase() },
  ];
  // Inside a longer base64 run the secret can start at any of 3 byte offsets; keep only the
  // characters that depend on the secret's bytes alone.
  for (let pad = 0; pad < 3; pad++) {
    const b64 = Buffer.concat([Buffer.alloc(pad, 0x20), bytes]).toString('base64');
    const start = pad === 0 ? 0 : pad === 1 ? 2 : 3;
    const usable = Math.floor(((pad + bytes.length) * 8) / 6) - 1;
    const core = b64.slice(start, Math.max(start + 8, usable));
    out.push({ form: `base64+${pad}`, text: core });
    out.push({ form: `base64url+${pad}`, text: core.replace(/\+/g, '-').replace(/\//g, '_') });
  }
  return out;
}

export function scanText(where: string, text: string, secret: string): Hit[] {
  return needles(secret)
    .filter((n) => text.includes(n.text))
    .map((n) => ({ where, form: n.form }));
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Every file under `dir`, read as bytes and decoded both as UTF-8 and as latin1 (binary). */
export function scanDir(dir: string, secret: string): Hit[] {
  return listFiles(dir).flatMap((file) => {
    const bytes = readFileSync(file);
    return [...scanText(file, bytes.toString('utf8'), secret), ...scanText(file, bytes.toString('latin1'), secret)];
  });
}
