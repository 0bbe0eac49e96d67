// What other areas import: the session types and the credentials provider shape.
export type {
  PartnerApi,
  PartnerApiFactory,
  PartnerApiFactoryInput,
  ProfileSession,
  SessionController,
  SessionListener,
  SessionManager,
  SessionSpec,
} from './session';
export type { CredentialsProvider } from './credentials';
export { createSessionManager } from './session-manager';
