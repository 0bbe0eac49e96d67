// SDK-HMAC-SHA256 signing (signing.md): signer, verifier, supported-profile check.
export { signRequest, profileError, type SignInput, type SignedRequest } from './signer';
export {
  verifyRequest,
  DEFAULT_MAX_SKEW_SECONDS,
  type WireRequest,
  type VerifyOptions,
  type VerifyResult,
  type VerifyFailureReason,
} from './verifier';
export { checkProfile, type ProfileRule, type ProfileViolation } from './profile';
export { percentEncode, percentDecode } from './encode';
export { formatSdkDate, parseSdkDate } from './sdk-date';
export { splitUrl, hostHeaderOf } from './target-url';
