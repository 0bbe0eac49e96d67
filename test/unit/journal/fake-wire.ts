// A scripted MoneyWire for unit tests: each send answers with the next scripted result and,
// when told so, also "applies" the operation by adding an adjust record.
import type { AdjustRecord, MoneyCall, MoneyCallResult, MoneyWire } from '../../../electron/core/money';
import { descriptorOf } from '../../../electron/core/infra/writes/registry';

export interface Scripted {
  readonly result: MoneyCallResult;
  /** Whether the server applied the operation (independent of what the client saw). */
  readonly applied: boolean;
}

export class FakeWire implements MoneyWire {
  readonly sent: MoneyCall[] = [];
  readonly records: AdjustRecord[] = [];
  private serial = 0;
  recordsFail: Error | null = null;

  constructor(private readonly script: Scripted[] = []) {}

  push(...s: Scripted[]): void {
    this.script.push(...s);
  }

  async send(call: MoneyCall): Promise<MoneyCallResult> {
    this.sent.push(call);
    const next = this.script.shift() ?? { result: { outcome: 'done', transId: '', requestId: null }, applied: true };
    let transId = next.result.outcome === 'done' ? next.result.transId : '';
    if (next.applied) {
      this.serial += 1;
      transId = transId || `TX${this.serial}`;
      this.addRecord(call, transId);
    }
    return next.result.outcome === 'done' ? { ...next.result, transId } : next.result;
  }

  addRecord(call: Pick<MoneyCall, 'operation' | 'counterpartyId' | 'amount'>, transId: string, time = new Date()): void {
    this.records.push({
      transId,
      customerId: call.counterpartyId,
      operationType: operationTypeOf(descriptorOf(call.operation).evidenceQuery({ indirectPartnerId: null, details: null, ...call })),
      amount: call.amount,
      operationTime: time.toISOString(),
    });
  }

  async adjustRecords(): Promise<AdjustRecord[]> {
    if (this.recordsFail) throw this.recordsFail;
    return [...this.records];
  }
}

/** The record type a descriptor's evidence query looks for (customer reads have a kind instead). */
function operationTypeOf(q: ReturnType<ReturnType<typeof descriptorOf>['evidenceQuery']>): string {
  return q.list === 'customers' ? q.kind : q.operationType;
}
