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
  /** Unique tiebreaker so pages never overlap or skip rows. */
  readonly key: string;
  readonly defaultSort: string;
  filter(filters: F, where: Where): void;
  search(term: string, where: Where): void;
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

export function buildWhere<F>(spec: ViewSpec<F>, input: Pick<TableInput<F>, 'filters' | 'search'>): Where {
  const where = newWhere();
  spec.filter(input.filters, where);
  for (const term of searchTerms(input.search)) spec.search(term, where);
  return where;
}

export function orderBy<F>(spec: ViewSpec<F>, sort: TableInput<F>['sort']): string {
  const column = sort ? spec.columns[sort.column] : undefined;
  if (!sort || !column) return `${spec.defaultSort}, ${spec.key}`;
  const dir = sort.direction === 'desc' ? 'DESC' : 'ASC';
  return `${column.sort ?? column.sql} ${dir} NULLS LAST, ${spec.key} ${dir}`;
}

export function selectList(spec: ViewSpec<unknown>, only?: readonly string[]): string {
  const names = only?.length ? only.filter((n) => n in spec.columns) : Object.keys(spec.columns);
  return names.map((name) => `${spec.columns[name]!.sql} AS "${name}"`).join(', ');
}

export function runTableQuery<F, Row>(db: Database, spec: ViewSpec<F>, input: TableInput<F>): { rows: Row[]; total: number } {
  const where = buildWhere(spec, input);
  const whereSql = where.clauses.length ? `WHERE ${where.clauses.join(' AND ')}` : '';
  const rows = db
    .prepare(`SELECT ${selectList(spec as ViewSpec<unknown>)} FROM ${spec.from} ${whereSql} ORDER BY ${orderBy(spec, input.sort)} LIMIT ? OFFSET ?`)
    .all(...(spec.fromParams ?? []), ...where.params, input.limit, input.offset) as Row[];
  const total = (
    db.prepare(`SELECT count(*) AS n FROM ${spec.from} ${whereSql}`).get(...(spec.fromParams ?? []), ...where.params) as { n: number }
  ).n;
  return { rows, total };
}

/** Every matching row in order, one at a time: exports never hold a whole table in memory. */
export function iterateTable<F>(
  db: Database,
  spec: ViewSpec<F>,
  input: Pick<TableInput<F>, 'filters' | 'search' | 'sort'>,
  columns?: readonly string[],
): IterableIterator<Record<string, unknown>> {
  const where = buildWhere(spec, input);
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
