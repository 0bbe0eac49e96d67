// The engine behind every table view: a window (offset/limit), one sort column (money
// sorts by its integer key, not its text), filters and a search, turned into one SQL query
// for the rows and one for the total. Column names are the contract's, so rows come back
// in the shape the screens read without mapping.
import type { Database } from 'better-sqlite3';

export interface Column {
  /** SQL expression selected as this column. */
  readonly sql: string;
  /** SQL expression to sort by when it differs (money: the *_key column). */
  readonly sort?: string;
}

export interface Where {
  readonly clauses: string[];
  readonly params: unknown[];
  add(clause: string, ...params: unknown[]): void;
}

export interface ViewSpec<F> {
  readonly from: string;
  /** Parameters of placeholders inside `from` (a grouped subquery), bound before the WHERE's. */
  readonly fromParams?: readonly unknown[];
  readonly columns: Readonly<Record<string, Column>>;
  /**
   * `from` split into its base table and display-only joins. When neither the WHERE nor the
   * sort refers to the joined tables (`unless`), the total counts the base table alone and the
   * page is chosen on it first, joining only the rows shown ("deferred join").
   */
  readonly deferred?: { readonly base: string; readonly joins: string; readonly unless: RegExp };
  /** A shortcut for the total (e.g. from a resolved search), or null to count in SQL. */
  quickTotal?(where: Where, db: Database): number | null;
  /** Rewrites the WHERE for the total when the page's plan hints do not suit counting. */
  readonly countWhere?: (whereSql: string) => string;
  /** Unique tiebreaker so pages never overlap or skip rows. */
  readonly key: string;
  readonly defaultSort: string;
  filter(filters: F, where: Where): void;
  search(term: string, where: Where): void;
  /** Instead of `search` per term: resolve all terms at once (e.g. into a temporary table). */
  searchAll?(terms: readonly string[], where: Where, db: Database): void;
}

export interface TableInput<F> {
  readonly offset: number;
  readonly limit: number;
  readonly search?: string | undefined;
  readonly sort?: { readonly column: string; readonly direction: 'asc' | 'desc' } | undefined;
  readonly filters: F;
}

export function newWhere(): Where {
  const clauses: string[] = [];
  const params: unknown[] = [];
  return { clauses, params, add: (clause, ...p) => (clauses.push(clause), params.push(...p)) };
}

/** Search text split into terms (whitespace), lower-cased, empty terms dropped. */
export function searchTerms(search: string | undefined): string[] {
  return (search ?? '').trim().toLowerCase().split(/\s+/u).filter(Boolean);
}

/** Substring match on several columns, for the smaller tables that have no FTS index. */
export function likeAny(columns: readonly string[]) {
  return (term: string, where: Where) => {
    where.add(`(${columns.map((c) => `instr(lower(ifnull(${c}, '')), ?) > 0`).join(' OR ')})`, ...columns.map(() => term));
  };
}

export function buildWhere<F>(db: Database, spec: ViewSpec<F>, input: Pick<TableInput<F>, 'filters' | 'search'>): Where {
  const where = newWhere();
  spec.filter(input.filters, where);
  const terms = searchTerms(input.search);
  if (terms.length && spec.searchAll) spec.searchAll(terms, where, db);
  else for (const term of terms) spec.search(term, where);
  return where;
}

export function orderBy<F>(spec: ViewSpec<F>, sort: TableInput<F>['sort']): string {
  const column = sort ? spec.columns[sort.column] : undefined;
  if (!sort || !column) return `${spec.defaultSort}, ${spec.key}`;
  const dir = sort.direction === 'desc' ? 'DESC' : 'ASC';
  // SQLite's own null order (first ascending, last descending) lets an index serve the sort.
  return `${column.sort ?? column.sql} ${dir}, ${spec.key} ${dir}`;
}

export function selectList(spec: ViewSpec<unknown>, only?: readonly string[]): string {
  const names = only?.length ? only.filter((n) => n in spec.columns) : Object.keys(spec.columns);
  return names.map((name) => `${spec.columns[name]!.sql} AS "${name}"`).join(', ');
}

export function runTableQuery<F, Row>(db: Database, spec: ViewSpec<F>, input: TableInput<F>): { rows: Row[]; total: number } {
  const where = buildWhere(db, spec, input);
  const whereSql = where.clauses.length ? `WHERE ${where.clauses.join(' AND ')}` : '';
  const order = orderBy(spec, input.sort);
  const params = [...(spec.fromParams ?? []), ...where.params];
  const d = spec.deferred && !spec.deferred.unless.test(whereSql) ? spec.deferred : null;
  const select = selectList(spec as ViewSpec<unknown>);
  const rows = (
    d && !d.unless.test(order)
      ? db.prepare(`SELECT ${select} FROM (SELECT ${spec.key} AS k FROM ${d.base} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?) p
          JOIN ${d.base} ON ${spec.key} = p.k ${d.joins} ORDER BY ${order}`)
      : db.prepare(`SELECT ${select} FROM ${spec.from} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`)
  ).all(...params, input.limit, input.offset) as Row[];
  const countWhere = spec.countWhere ? spec.countWhere(whereSql) : whereSql;
  const total =
    spec.quickTotal?.(where, db) ??
    (db.prepare(`SELECT count(*) AS n FROM ${d ? d.base : spec.from} ${countWhere}`).get(...params) as { n: number }).n;
  return { rows, total };
}

/** Every matching row in order, one at a time: exports never hold a whole table in memory. */
export function iterateTable<F>(
  db: Database,
  spec: ViewSpec<F>,
  input: Pick<TableInput<F>, 'filters' | 'search' | 'sort'>,
  columns?: readonly string[],
): IterableIterator<Record<string, unknown>> {
  const where = buildWhere(db, spec, input);
  const whereSql = where.clauses.length ? `WHERE ${where.clauses.join(' AND ')}` : '';
  return db
    .prepare(`SELECT ${selectList(spec as ViewSpec<unknown>, columns)} FROM ${spec.from} ${whereSql} ORDER BY ${orderBy(spec, input.sort)}`)
    .iterate(...(spec.fromParams ?? []), ...where.params) as IterableIterator<Record<string, unknown>>;
}

export function deletedClause(alias: string, mode: 'exclude' | 'include' | 'only', where: Where): void {
  if (mode === 'exclude') where.add(`${alias}.deleted_at IS NULL`);
  else if (mode === 'only') where.add(`${alias}.deleted_at IS NOT NULL`);
}

/** `null` filters the partner's own rows, a string one T2's, undefined all. */
export function partnerClause(sql: string, value: string | null | undefined, where: Where): void {
  if (value === null) where.add(`${sql} IS NULL`);
  else if (value !== undefined) where.add(`${sql} = ?`, value);
}

export function inClause(sql: string, values: readonly unknown[] | undefined, where: Where): void {
  if (values?.length) where.add(`${sql} IN (${values.map(() => '?').join(', ')})`, ...values);
}
