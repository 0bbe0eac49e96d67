import { describe, expect, it } from 'vitest';
import { BlockCache } from '../../../renderer/components/table/block-cache';
import { cellText, rowText } from '../../../renderer/components/table/clipboard';
import { loadVisibleColumns, saveVisibleColumns, type KeyValueStorage } from '../../../renderer/components/table/column-prefs';
import { moveFor } from '../../../renderer/components/table/keyboard';

describe('BlockCache: the rows a virtualized table has fetched', () => {
  it('asks only for blocks that are neither loaded nor in flight', () => {
    const cache = new BlockCache<number>(100);
    expect(cache.missing(0, 250, 100_000)).toEqual([0, 1, 2]);
    cache.markPending(0);
    cache.put(1, [100, 101]);
    expect(cache.missing(0, 250, 100_000)).toEqual([2]);
    expect(cache.rowAt(101)).toBe(101);
    expect(cache.rowAt(5)).toBeUndefined();
  });

  it('never asks past the total', () => {
    const cache = new BlockCache<number>(100);
    expect(cache.missing(90, 400, 150)).toEqual([0, 1]);
    expect(cache.missing(0, 10, 0)).toEqual([]);
  });

  it('lets a failed block be asked for again', () => {
    const cache = new BlockCache<number>(10);
    cache.markPending(0);
    cache.fail(0);
    expect(cache.missing(0, 5, 100)).toEqual([0]);
  });

  it('drops the blocks farthest from where the operator is', () => {
    const cache = new BlockCache<number>(10);
    for (let b = 0; b < 10; b++) cache.put(b, [b]);
    cache.trim(55, 3);
    expect(cache.loadedBlocks).toBe(3);
    expect(cache.rowAt(50)).toBe(5);
    expect(cache.rowAt(0)).toBeUndefined();
  });
});

describe('keyboard movement', () => {
  const bounds = { rows: 1000, cols: 5, pageRows: 20 };
  it.each([
    ['ArrowDown', false, { row: 11, col: 2 }],
    ['ArrowUp', false, { row: 9, col: 2 }],
    ['ArrowRight', false, { row: 10, col: 3 }],
    ['ArrowLeft', false, { row: 10, col: 1 }],
    ['PageDown', false, { row: 29, col: 2 }],
    ['PageUp', false, { row: 0, col: 2 }],
    ['Home', false, { row: 0, col: 2 }],
    ['End', false, { row: 999, col: 2 }],
    ['Home', true, { row: 0, col: 0 }],
    ['End', true, { row: 999, col: 4 }],
  ])('%s (ctrl %s) from row 10, col 2', (key, ctrl, expected) => {
    expect(moveFor(key, ctrl, { row: 10, col: 2 }, bounds)).toEqual(expected);
  });

  it('stays inside the grid and ignores other keys', () => {
    expect(moveFor('ArrowUp', false, { row: 0, col: 0 }, bounds)).toEqual({ row: 0, col: 0 });
    expect(moveFor('ArrowRight', false, { row: 0, col: 4 }, bounds)).toEqual({ row: 0, col: 4 });
    expect(moveFor('a', false, { row: 0, col: 0 }, bounds)).toBeNull();
    expect(moveFor('ArrowDown', false, { row: 0, col: 0 }, { rows: 0, cols: 5, pageRows: 20 })).toBeNull();
  });
});

describe('copying cells and rows', () => {
  it('gives a row as tab-separated cells that paste into Excel', () => {
    expect(rowText(['C-1', '张三', '1234.56', null])).toBe('C-1\t张三\t1234.56\t');
  });
  it('flattens tabs and line breaks inside a value', () => {
    expect(cellText('a\tb\r\nc')).toBe('a b c');
    expect(cellText(undefined)).toBe('');
  });
});

describe('remembered column choice', () => {
  const memory = (): KeyValueStorage & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  };
  const all = ['id', 'name', 'balance', 'email'];

  it('uses the defaults until a choice is saved, then the choice, per table', () => {
    const storage = memory();
    expect(loadVisibleColumns(storage, 'customers', all, ['id', 'name'])).toEqual(['id', 'name']);
    saveVisibleColumns(storage, 'customers', ['email', 'id']);
    expect(loadVisibleColumns(storage, 'customers', all, ['id'])).toEqual(['id', 'email']);
    expect(loadVisibleColumns(storage, 'resellers', all, ['id'])).toEqual(['id']);
  });

  it('ignores unknown columns and damaged data', () => {
    const storage = memory();
    storage.setItem('partner-desk.columns.t', JSON.stringify(['gone', 'name']));
    expect(loadVisibleColumns(storage, 't', all, ['id'])).toEqual(['name']);
    storage.setItem('partner-desk.columns.t', '{not json');
    expect(loadVisibleColumns(storage, 't', all, ['id'])).toEqual(['id']);
    expect(loadVisibleColumns(null, 't', all, ['id'])).toEqual(['id']);
  });
});
