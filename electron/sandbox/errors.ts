// Error answers of the emulated API: `{error_code, error_msg}` bodies with the spec's codes (§2.4, §2.5).

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const paramError = (msg: string): ApiError => new ApiError(400, 'CBC.0100', `Parameter error: ${msg}`);
export const accessDenied = (msg = 'Access denied.'): ApiError => new ApiError(403, 'CBC.0151', msg);
export const noPermissionOnT2 = (id: string): ApiError =>
  new ApiError(400, 'CBC.99000037', `No permission to operate on cloud reseller ${id}.`);
export const notYourCustomer = (id: string): ApiError =>
  new ApiError(400, 'CBC.99000035', `Customer ${id} is not a sub-customer of this partner.`);
export const insufficientBalance = (msg = 'Insufficient balance.'): ApiError => new ApiError(400, 'CBC.99005003', msg);
export const quotaMissing = (id: string): ApiError =>
  new ApiError(400, 'CBC.99000012', `Quota ${id} does not exist or is in a wrong status.`);
export const internalError = (): ApiError => new ApiError(500, 'CBC.0999', 'Other error.');

/** An item-level failure inside a batch answer's `error_details[]`. */
export interface ItemError {
  id: string;
  error_code: string;
  error_msg: string;
}

export function itemError(id: string, e: ApiError): ItemError {
  return { id, error_code: e.code, error_msg: e.message };
}
