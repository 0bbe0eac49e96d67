// Small, readable sample data for the store tests, in the API's own wire shape.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStore } from '../../../electron/core/infra/store/local-store';
import type { WireCustomer } from '../../../electron/core/infra/store/wire';

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pd-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `next()` gives a path named `name` in a new temp folder; `cleanup()` removes them all. */
export function tempFiles(name: string): { next(): string; cleanup(): void } {
  const dirs: { dir: string; cleanup(): void }[] = [];
  return {
    next() {
      const d = tempDir();
      dirs.push(d);
      return join(d.dir, name);
    },
    cleanup: () => dirs.splice(0).forEach((d) => d.cleanup()),
  };
}

export function openTemp(): { store: LocalStore; file: string; cleanup(): void } {
  const { dir, cleanup } = tempDir();
  const file = join(dir, 'partner-desk.db');
  const store = LocalStore.open(file);
  return { store, file, cleanup: () => (store.close(), cleanup()) };
}

export const ctx = { runId: 'run-1', fetchedAt: '2026-01-15T08:00:00Z' };

export function customer(id: string, extra: Partial<WireCustomer> = {}): WireCustomer {
  return { customer_id: id, account_name: `acct_${id}`, association_type: '2', verified_status: '2', ...extra };
}

export const sampleCustomers: WireCustomer[] = [
  customer('c-001', { account_name: 'zhangsan_cloud', customer: '张三科技有限公司', telephone: '13800138000', email: 'ops@zhangsan.cn' }),
  customer('c-002', { account_name: 'lisi', customer: '李四', telephone: '13900139000', email: 'Li.Si@Example.com' }),
  customer('c-003', { account_name: 'AcmeTrading', customer: 'Acme Trading Ltd', telephone: '02155550000', association_type: '1' }),
  customer('c-004', { account_name: 'wangwu', customer: '王五网络', verified_status: '-1', is_frozen: 1 }),
  customer('c-005', { account_name: 'globex', customer: 'Globex Corporation', email: 'finance@globex.com', xaccount_id: 'X-778899' }),
];

export function rmTemp(path: string): void {
  rmSync(path, { recursive: true, force: true });
}
