// Every end-to-end test leaves a screenshot of each open app under test-results/, named
// after the file and the test, whatever the test itself chose to capture.
import { basename } from 'node:path';
import { afterEach } from 'vitest';
import { openApps } from './fixture';

afterEach(async (ctx) => {
  const file = basename(ctx.task.file?.name ?? 'e2e').replace(/\.e2e\.ts$/, '');
  const name = `${file}--${ctx.task.name}`.replace(/[^\w\u4e00-\u9fff-]+/g, '-').slice(0, 120);
  for (const app of openApps) await app.screenshot(`auto/${name}`).catch(() => undefined);
});
