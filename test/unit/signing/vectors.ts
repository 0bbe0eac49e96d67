// The SDK vectors copied from the shared spec (test/fixtures/signing-vectors.json).
import raw from '../../fixtures/signing-vectors.json';

export interface SigningVector {
  readonly name: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly ak: string;
  readonly sk: string;
  readonly sdkDate: string;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signature: string;
  readonly authorization: string;
  readonly signedHeaders: string;
  readonly serverSideVerifiable: boolean;
  readonly wire: { requestTarget: string; headers: [string, string][]; body: string };
}

export const vectors = raw as unknown as SigningVector[];
export const isPitfall = (v: SigningVector): boolean => v.name.endsWith('-PITFALL');

export function sdkDateToDate(s: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) throw new Error(`bad sdkDate ${s}`);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}
