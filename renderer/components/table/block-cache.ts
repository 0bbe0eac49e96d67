// Rows of a large server-side list, loaded in fixed blocks as the table scrolls. Pure data:
// the store decides when to fetch, this decides what is missing and where rows live.

export class BlockCache<Row> {
  private readonly blocks = new Map<number, readonly Row[]>();
  private readonly pending = new Set<number>();

  constructor(readonly blockSize: number) {}

  rowAt(index: number): Row | undefined {
    return this.blocks.get(Math.floor(index / this.blockSize))?.[index % this.blockSize];
  }

  /** Blocks needed for rows [start, end) that are neither loaded nor being loaded. */
  missing(start: number, end: number, total: number): number[] {
    const last = Math.min(end, total) - 1;
    if (last < start) return [];
    const out: number[] = [];
    for (let b = Math.floor(Math.max(0, start) / this.blockSize); b <= Math.floor(last / this.blockSize); b++) {
      if (!this.blocks.has(b) && !this.pending.has(b)) out.push(b);
    }
    return out;
  }

  markPending(block: number): void {
    this.pending.add(block);
  }

  put(block: number, rows: readonly Row[]): void {
    this.pending.delete(block);
    this.blocks.set(block, rows);
  }

  fail(block: number): void {
    this.pending.delete(block);
  }

  /** Keeps memory flat on very long scrolls: drops the blocks farthest from `near`. */
  trim(near: number, keep: number): void {
    if (this.blocks.size <= keep) return;
    const centre = Math.floor(near / this.blockSize);
    const byDistance = [...this.blocks.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const b of byDistance.slice(0, this.blocks.size - keep)) this.blocks.delete(b);
  }

  get loadedBlocks(): number {
    return this.blocks.size;
  }
}
