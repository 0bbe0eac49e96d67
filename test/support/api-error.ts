// Stands in for renderer/bridge's ApiError in tests that mock the bridge: it carries the typed
// error as the real one does (vi.mock factories load it with a dynamic import).
export class ApiError extends Error {
  constructor(readonly error: unknown) {
    super('api error');
    this.name = 'ApiError';
  }
}
