import { z } from 'zod';
import { channel } from '../define';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly dataDir: string;
  readonly host: 'electron' | 'web' | 'cli';
  readonly platform: string;
}

export const appChannels = {
  info: channel<AppInfo>()(z.undefined().optional()),
};
