// vitest globalSetup for the team tests: one private PostgreSQL server for the run, stopped
// and removed in teardown (which vitest runs also when tests fail). Each test file makes its
// own database and roles on it (test/team/support.ts).
import type { TestProject } from 'vitest/node';
import { startServer, stopAbandoned, stopServer, type PgServer } from './pg-server';

declare module 'vitest' {
  export interface ProvidedContext {
    teamPg: PgServer;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  stopAbandoned();
  const server = await startServer();
  project.provide('teamPg', server);
  return () => stopServer(server);
}
