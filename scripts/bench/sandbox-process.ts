// The sandbox in its own process, as a remote API would be: in-process, the journal's
// synchronous commits would also stall the server's clock and bunch its arrival times.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export async function sandboxProcess(args: string[]): Promise<{ url: string; close(): void }> {
  const root = join(import.meta.dirname, '../..');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'electron/sandbox/cli.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (c: Buffer) => {
      buffer += c.toString();
      if (buffer.includes('\n')) resolve((JSON.parse(buffer.split('\n')[0]!) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
  });
  return { url, close: () => void child.kill('SIGTERM') };
}
