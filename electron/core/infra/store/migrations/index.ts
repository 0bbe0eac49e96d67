// The schema history, oldest first. To change the schema, add a file NNN-<name>.ts exporting
// a Migration with the next version number and append it here; never edit a released one.
// Records of what operators did (money journal, batch plans) have their own file and list:
// journal/migration.ts.
import { m001Snapshots } from './001-snapshots';
import { m002CustomerSearch } from './002-customer-search';
import { m003PlansMoved } from './003-plans-moved';
import { m004CustomerReviewIndexes } from './004-customer-review-indexes';
import { m005VoucherReadSide } from './005-voucher-read-side';
import type { Migration } from './migration';

export type { Migration } from './migration';

export const migrations: readonly Migration[] = [m001Snapshots, m002CustomerSearch, m003PlansMoved, m004CustomerReviewIndexes, m005VoucherReadSide];
