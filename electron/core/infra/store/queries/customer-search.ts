// Resolves a customer search to a set of row ids, kept in a temporary table the page and the
// total both read — so a search is evaluated once per call, and not at all while the user
// scrolls the same result (same terms, unchanged data).
//  - terms of 3+ characters: the FTS5 trigram index (any substring: Chinese, Latin, ids…);
//  - shorter terms (a two-character Chinese name, "li"): a trigram index cannot answer them,
//    so they are matched against an in-memory copy of search_text (about 60 bytes a customer),
//    which is far faster than scanning the table in SQL.
import type { Database } from 'better-sqlite3';

/**
 * While a sync writes page after page, rebuilding the in-memory text copy (100,000 rows) on
 * every keystroke would cost more than it saves: a copy this young is reused, so a 1–2
 * character search may miss customers stored in the last few seconds.
 */
const TEXT_COPY_REUSE_MS = 3000;

interface Cache {
  version: string;
  builtAt: number;
  ids: Int32Array | null;
  texts: string[] | null;
  lastKey: string | null;
  lastCount: number;
}

const caches = new WeakMap<Database, Cache>();

function cacheOf(db: Database): Cache {
  let c = caches.get(db);
  if (!c) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS customer_hits (id INTEGER PRIMARY KEY)');
    caches.set(db, (c = { version: '', builtAt: 0, ids: null, texts: null, lastKey: null, lastCount: 0 }));
  }
  return c;
}

/** Changes whenever this connection or another one committed a write. */
function dataVersion(db: Database): string {
  const row = db.prepare('SELECT total_changes() AS own').get() as { own: number };
  return `${row.own}:${db.pragma('data_version', { simple: true }) as number}`;
}

function shortTextIndex(db: Database, cache: Cache): { ids: Int32Array; texts: string[] } {
  if (!cache.ids || !cache.texts) {
    const rows = db.prepare('SELECT rowid AS id, search_text AS t FROM customers').raw().all() as [number, string][];
    cache.ids = Int32Array.from(rows, (r) => r[0]);
    cache.texts = rows.map((r) => r[1]);
    cache.builtAt = Date.now();
  }
  return { ids: cache.ids, texts: cache.texts };
}

const ftsPhrase = (t: string) => `"${t.replace(/"/g, '""')}"`;

/** Fills temp.customer_hits with the customers matching every term; returns how many. */
export function resolveCustomerSearch(db: Database, terms: readonly string[]): number {
  const cache = cacheOf(db);
  const version = dataVersion(db);
  if (version !== cache.version) {
    cache.version = version;
    if (Date.now() - cache.builtAt > TEXT_COPY_REUSE_MS) cache.ids = cache.texts = null;
    cache.lastKey = null;
  }
  const key = terms.join('\u0000');
  if (key === cache.lastKey) return cache.lastCount;

  const long = terms.filter((t) => [...t].length >= 3);
  const short = terms.filter((t) => [...t].length < 3);
  db.exec('DELETE FROM temp.customer_hits');
  if (!short.length) {
    db.prepare('INSERT INTO temp.customer_hits (id) SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?').run(
      long.map(ftsPhrase).join(' '),
    );
  } else {
    const allowed = long.length
      ? new Set(
          db.prepare('SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?').pluck().all(long.map(ftsPhrase).join(' ')) as number[],
        )
      : null;
    const { ids, texts } = shortTextIndex(db, cache);
    const hits: number[] = [];
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i]!;
      if (short.every((t) => text.includes(t)) && (!allowed || allowed.has(ids[i]!))) hits.push(ids[i]!);
    }
    db.prepare('INSERT INTO temp.customer_hits (id) SELECT value FROM json_each(?)').run(JSON.stringify(hits));
  }
  cache.lastKey = key;
  cache.lastCount = (db.prepare('SELECT count(*) AS n FROM temp.customer_hits').get() as { n: number }).n;
  // Our own temp-table writes count as changes; do not let them invalidate the cache.
  cache.version = dataVersion(db);
  return cache.lastCount;
}

/**
 * The counterparty picker's copy: every live customer's search text in account-name order,
 * with its T2 as a small number. One pass over it gives both the exact number of matches and
 * the first `limit` in the order the picker shows — without writing tens of thousands of hit
 * ids anywhere, which is what a one-letter search over 100,000 customers would otherwise cost.
 */
interface PickerCopy {
  version: string;
  ids: Int32Array;
  texts: string[];
  /** Index into `partners` (0 = the partner's own customer). */
  partnerOf: Int32Array;
  partners: Map<string, number>;
}

const pickerCopies = new WeakMap<Database, PickerCopy>();

function pickerCopy(db: Database): PickerCopy {
  const version = dataVersion(db);
  const hit = pickerCopies.get(db);
  if (hit && hit.version === version) return hit;
  const rows = db
    .prepare(`SELECT rowid, search_text, ifnull(indirect_partner_id, '') FROM customers INDEXED BY customers_name_nocase
      WHERE deleted_at IS NULL ORDER BY account_name COLLATE NOCASE, rowid`)
    .raw()
    .all() as [number, string, string][];
  const partners = new Map<string, number>([['', 0]]);
  const partnerOf = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    let n = partners.get(r[2]);
    if (n === undefined) partners.set(r[2], (n = partners.size));
    partnerOf[i] = n;
  });
  const copy = { version, ids: Int32Array.from(rows, (r) => r[0]), texts: rows.map((r) => r[1]), partnerOf, partners };
  pickerCopies.set(db, copy);
  return copy;
}

/**
 * Live customers matching every term (lower-cased substrings), first `limit` rowids by account
 * name and the total. `partner`: undefined = any, '' = the partner's own, else that T2's.
 */
export function pickCustomers(db: Database, terms: readonly string[], limit: number, partner?: string): { rowids: number[]; total: number } {
  const copy = pickerCopy(db);
  const wanted = partner === undefined ? -1 : (copy.partners.get(partner) ?? -2);
  if (wanted === -2) return { rowids: [], total: 0 };
  const rowids: number[] = [];
  let total = 0;
  const { texts, ids, partnerOf } = copy;
  const n = texts.length;
  const [first = '', ...rest] = terms;
  // Plain loops: this runs over every live customer on every keystroke.
  for (let i = 0; i < n; i++) {
    if (wanted >= 0 && partnerOf[i] !== wanted) continue;
    const text = texts[i]!;
    if (text.indexOf(first) < 0) continue;
    let all = true;
    for (let k = 0; k < rest.length; k++) {
      if (text.indexOf(rest[k]!) < 0) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    total++;
    if (rowids.length < limit) rowids.push(ids[i]!);
  }
  return { rowids, total };
}
