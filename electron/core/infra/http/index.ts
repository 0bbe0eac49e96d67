// Signed HTTP client for the partner (BSS) API.
export { createHttpClient, DEFAULT_RATE_PER_SECOND, type HttpClient, type HttpClientOptions, type CallRequest, type CallResponse, type CallEvent } from './client';
export type { Credentials } from './credentials';
export { ENDPOINTS, type Site } from './endpoint';
export { ApiError, settle, type Outcome, type Settled, type ApiErrorInfo } from './outcome';
export { createRateLimiter, type RateLimiter } from './rate-limiter';
export { buildQuery, type QueryParams, type QueryValue } from './query';
export { huaweiCodeMeaning } from './huawei-codes';
export { createServerClock, type ClockReading, type ServerClock } from './server-clock';
