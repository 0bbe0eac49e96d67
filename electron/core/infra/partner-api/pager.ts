// Walks a list operation page by page, knowing its count field and page limit (§2.1).
import type { z } from 'zod';
import type { HttpClient } from '../http/client';
import type { OperationDef, PageSpec } from './define';
import { invoke, type CallOptions } from './invoke';

export type Paged = OperationDef & { readonly page: PageSpec };

/** The record type of a paged operation, from its output schema and `page.items`. */
export type ItemOf<D extends Paged> = NonNullable<z.output<D['output']>[D['page']['items'] & keyof z.output<D['output']>]> extends readonly (infer T)[] ? T : never;

/** A list request without offset/limit, which the pager manages. */
export type PageInput<D extends Paged> = Omit<z.input<D['input']>, 'offset' | 'limit'>;

export interface PageOptions extends CallOptions {
  /** Records per request; defaults to the operation's maximum. */
  readonly pageSize?: number;
  /** Stop after this many records in total. */
  readonly max?: number;
}

/** Yields every record matching `input`. */
export async function* paginate<D extends Paged>(client: HttpClient, def: D, input: PageInput<D>, options: PageOptions = {}): AsyncGenerator<ItemOf<D>, void, undefined> {
  const spec = def.page;
  const size = Math.min(options.pageSize ?? spec.maxLimit, spec.maxLimit);
  const byPage = spec.offsetIs === 'page';
  // Open question §10.4: ListInvoices' page numbers are assumed to start at 1.
  let position = byPage ? 1 : 0;
  let seen = 0;
  for (;;) {
    const res = (await invoke(client, def, { ...input, offset: position, limit: size }, options)) as Record<string, unknown>;
    const items = (res[spec.items] as ItemOf<D>[] | null | undefined) ?? [];
    for (const item of items) {
      if (options.max !== undefined && seen >= options.max) return;
      seen++;
      yield item;
    }
    const total = spec.count ? res[spec.count] : undefined;
    // No count field (ListSubCustomerNewTag): a short page is the last one.
    if (items.length < size || (typeof total === 'number' && seen >= total)) return;
    position += byPage ? 1 : items.length;
  }
}

export async function listAll<D extends Paged>(client: HttpClient, def: D, input: PageInput<D>, options: PageOptions = {}): Promise<ItemOf<D>[]> {
  const out: ItemOf<D>[] = [];
  for await (const item of paginate(client, def, input, options)) out.push(item);
  return out;
}
