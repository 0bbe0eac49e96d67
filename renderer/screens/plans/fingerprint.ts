// Key fingerprints as people compare them aloud: hex in groups of four.
export const groupedFingerprint = (fingerprint: string): string => fingerprint.match(/.{1,4}/g)?.join(' ') ?? fingerprint;

/** The first 16 hex digits, what refusals and the approval state name a key by. */
export const shortFingerprint = (fingerprint: string): string => groupedFingerprint(fingerprint.slice(0, 16));
