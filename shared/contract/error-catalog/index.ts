// Per-area error catalogues merged into one; each area adds its own file here.
import { commonErrors } from './common';
import { settingsErrors } from './settings';

export const errorCatalog = {
  ...commonErrors,
  ...settingsErrors,
} as const;
