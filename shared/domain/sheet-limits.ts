// Limits on a plan's sheet, shared by the core and the renderer's early check. Plain data, so
// the renderer's start-up bundle can use them without loading the channel schemas.
/** Largest sheet file (CSV or XLSX) that is read at all: tens of thousands of rows fit easily. */
export const MAX_SHEET_BYTES = 10 * 1024 * 1024;
/** Most rows one plan may have: keeps validation, hashing and the screen instant. */
export const MAX_PLAN_ROWS = 20_000;
/** Rows a sheet (CSV lines or XLSX row elements) may hold before it is parsed at all: room for
 *  a header and blank rows, and a bound on the parser's work whatever the file holds. */
export const MAX_SHEET_ROWS = 2 * MAX_PLAN_ROWS;
/** Megabytes to one decimal, rounded up (so a file just over the cap never reads as "at" it). */
export const megabytes = (bytes: number): number => Math.ceil((bytes / 1048576) * 10) / 10;
/** PLAN_FILE_TOO_LARGE's details: one form for the core and for the renderer's early check. */
export const sheetTooLarge = (fileName: string, bytes: number) => ({ fileName, mb: megabytes(bytes), maxMb: megabytes(MAX_SHEET_BYTES) });
