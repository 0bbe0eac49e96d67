// Refusals every write shares.
/**
 * Answers every money write can get that prove nothing was applied: the caller or its rights
 * were refused before the business logic ran (§2.4, §2.5), or the request was malformed.
 * Throttling (APIG.0308, CBC.0250) is refused at the gateway.
 */
export const COMMON_REFUSALS = [
  'APIG.0101', 'APIG.0102', 'APIG.0201', 'APIG.0301', 'APIG.0302', 'APIG.0303', 'APIG.0308',
  'CBC.0100', 'CBC.0101', 'CBC.0150', 'CBC.0151', 'CBC.0154', 'CBC.0105', 'CBC.0155', 'CBC.0156', 'CBC.0250',
  'CBC.5001', 'CBC.99005035',
];

