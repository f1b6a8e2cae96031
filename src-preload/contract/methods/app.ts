import { z } from 'zod';
import { method } from '../define.ts';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  arch: string;
  /** Which transport carries this call: the Electron preload or the loopback browser server. */
  transport: 'electron' | 'browser';
  runtime: { node: string; electron: string | null };
}

export const appMethods = {
  /** Version and platform facts for the About box and the status bar. */
  'app.getInfo': method(z.object({}).strict()).returns<AppInfo>(),
};
