// `npm run sign`: signing debugger for operators who get 401s. Reads one request description
// {method, url, headers, body, ak, sk, sdkDate} as JSON on stdin and prints the intermediate
// values of signing.md §3 as JSON. The SK is used for the HMAC only and never printed.
import { AppError } from '../shared/contract/errors';
import { parseSdkDate, signRequest } from '../electron/core/infra/signing';

interface Input {
  method?: unknown; url?: unknown; headers?: unknown; body?: unknown; ak?: unknown; sk?: unknown; sdkDate?: unknown;
}

function die(message: string, extra: Record<string, unknown> = {}): never {
  process.stderr.write(`${JSON.stringify({ error: message, ...extra })}\n`);
  process.exit(2);
}

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
let input: Input;
try {
  input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Input;
} catch {
  die('stdin is not JSON: expected {method, url, headers, body, ak, sk, sdkDate}');
}
const str = (v: unknown, name: string): string => (typeof v === 'string' ? v : die(`"${name}" must be a string`));
const headers = input.headers ?? {};
if (typeof headers !== 'object' || headers === null || Array.isArray(headers) || Object.values(headers).some((v) => typeof v !== 'string')) {
  die('"headers" must be an object of string values');
}
const sdkDateText = str(input.sdkDate ?? formatNow(), 'sdkDate');
const date = parseSdkDate(sdkDateText) ?? die('"sdkDate" must be UTC basic format, e.g. 20240115T083000Z');

try {
  const s = signRequest({
    method: str(input.method, 'method'),
    url: str(input.url, 'url'),
    headers: headers as Record<string, string>,
    body: input.body === undefined || input.body === null ? '' : str(input.body, 'body'),
    ak: str(input.ak, 'ak'),
    sk: str(input.sk, 'sk'),
    date,
  });
  const out = { canonicalRequest: s.canonicalRequest, stringToSign: s.stringToSign, signedHeaders: s.signedHeaders, signature: s.signature, authorization: s.authorization };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} catch (error) {
  if (error instanceof AppError) die(error.message, { code: error.code, ...error.details });
  throw error;
}

function formatNow(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}
