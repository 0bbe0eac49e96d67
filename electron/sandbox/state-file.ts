// --state FILE: the seed parameters plus the journal of applied commands, written atomically
// (temp file + rename) after every change, so a crash never leaves a half-written file.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Command } from './ledger/commands';
import type { WorldSpec } from './world';

export interface StateFile extends WorldSpec {
  version: 1;
  clockOffsetMs: number;
  journal: Command[];
}

export function readState(path: string): StateFile | undefined {
  if (!existsSync(path)) return undefined;
  const data = JSON.parse(readFileSync(path, 'utf8')) as StateFile;
  if (data.version !== 1 || !Array.isArray(data.journal)) throw new Error(`${path}: not a sandbox state file`);
  return data;
}

export function writeState(path: string, state: StateFile): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, path);
}
