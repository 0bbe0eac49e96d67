// One schema step. Each migration lives in its own file and is appended to the list in
// ./index.ts; `version` is its position (1, 2, 3 …). A migration runs inside a transaction
// together with the `user_version` bump, so a crash leaves the previous version intact.
import type { Database } from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
