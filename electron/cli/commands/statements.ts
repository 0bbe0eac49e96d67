// `statements export --from YYYY-MM [--to YYYY-MM] [--t2 ID] [--format xlsx|pdf]
// [--out FILE]` (with the global --lang en|zh-CN): the month-end statements (issue #14) of all customers of a period, from the
// offline store, through statements.export — the same workbook or PDFs the Invoices/Statements
// screen writes.
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StatementExportResult } from '../../../shared/contract/channels/statements';
import { flag, only, required, UsageError, type Parsed } from '../args';
import type { CliCore } from '../host';
import { outcome, type Outcome } from '../output';

export async function statements(p: Parsed, cli: CliCore): Promise<Outcome> {
  if (p.words[1] !== 'export') throw new UsageError('statements needs export');
  only(p, 'statements export', ['from', 'to', 't2', 'format', 'out']);
  const fromMonth = required(p, 'from', 'statements export');
  const format = flag(p, 'format') ?? 'xlsx';
  if (format !== 'xlsx' && format !== 'pdf') throw new UsageError('--format must be xlsx or pdf');
  // The global --lang picks the statements' language too.
  const language = p.lang ?? 'en';
  const t2 = flag(p, 't2');
  const result = await cli.call<StatementExportResult>('statements.export', {
    period: { fromMonth, toMonth: flag(p, 'to') ?? fromMonth }, ...(t2 ? { indirectPartnerId: t2 } : {}), format, language,
  });
  const out = flag(p, 'out');
  const path = out ? resolve(out) : result.path;
  if (out) copyFileSync(result.path, path);
  return outcome({ ...result, path }, [`${result.customerCount} statements (${result.format}, ${result.bytes} bytes) written to ${path}`]);
}
