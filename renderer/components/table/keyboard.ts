// Spreadsheet-like movement in the grid, as a pure function of the key and the position.

export interface GridPosition {
  readonly row: number;
  readonly col: number;
}

export interface GridBounds {
  readonly rows: number;
  readonly cols: number;
  /** Rows that fit on screen: PgUp/PgDn move by this. */
  readonly pageRows: number;
}

/** The new position for a navigation key, or null when the key does not move. */
export function moveFor(key: string, ctrl: boolean, at: GridPosition, bounds: GridBounds): GridPosition | null {
  if (bounds.rows === 0) return null;
  const clampRow = (r: number) => Math.max(0, Math.min(bounds.rows - 1, r));
  const clampCol = (c: number) => Math.max(0, Math.min(bounds.cols - 1, c));
  const page = Math.max(1, bounds.pageRows - 1);
  switch (key) {
    case 'ArrowDown': return { row: clampRow(at.row + 1), col: at.col };
    case 'ArrowUp': return { row: clampRow(at.row - 1), col: at.col };
    case 'ArrowRight': return { row: at.row, col: clampCol(at.col + 1) };
    case 'ArrowLeft': return { row: at.row, col: clampCol(at.col - 1) };
    case 'PageDown': return { row: clampRow(at.row + page), col: at.col };
    case 'PageUp': return { row: clampRow(at.row - page), col: at.col };
    // Home/End go to the first/last row, as operators expect of a list; with Ctrl, Excel-style, too.
    case 'Home': return ctrl ? { row: 0, col: 0 } : { row: 0, col: at.col };
    case 'End': return ctrl ? { row: bounds.rows - 1, col: bounds.cols - 1 } : { row: bounds.rows - 1, col: at.col };
    default: return null;
  }
}
