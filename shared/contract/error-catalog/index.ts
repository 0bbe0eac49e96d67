// Per-area error catalogues merged into one; each area adds its own file here.
import { alertsErrors } from './alerts';
import { apiErrors } from './api';
import { commonErrors } from './common';
import { customersErrors } from './customers';
import { instanceErrors } from './instance';
import { moneyErrors } from './money';
import { monthEndErrors } from './monthend';
import { plansErrors } from './plans';
import { profilesErrors } from './profiles';
import { settingsErrors } from './settings';
import { storeErrors } from './store';
import { teamErrors } from './team';
import { vouchersErrors } from './vouchers';

export const errorCatalog = {
  ...commonErrors,
  ...instanceErrors,
  ...apiErrors,
  ...settingsErrors,
  ...profilesErrors,
  ...storeErrors,
  ...moneyErrors,
  ...plansErrors,
  ...customersErrors,
  ...vouchersErrors,
  ...alertsErrors,
  ...teamErrors,
  ...monthEndErrors,
} as const;
