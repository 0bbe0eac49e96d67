// The partner's AK/SK. The SK is fetched from the OS keychain per signature and dropped
// right after, so it is never held by the client between requests.
export interface Credentials {
  readonly ak: string;
  getSecret(): Promise<string>;
  /** Partner account (domain) id: signed as X-Domain-Id, and fills `{domain_id}` paths. */
  readonly domainId?: string;
  /** Temporary (STS) credentials only. */
  readonly securityToken?: string;
}
