// Every error the renderer can receive, with its message in English and Chinese.
// Messages use {{name}} placeholders filled from `details`.
export type Language = 'en' | 'zh-CN';
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

import { errorCatalog } from './error-catalog';
import type { Messages } from './error-catalog/messages';

export { errorCatalog };

export type ErrorCode = keyof typeof errorCatalog;

export interface IpcError {
  readonly code: ErrorCode;
  /** In the operator's current language. */
  readonly message: string;
  readonly messages: Messages;
  readonly details: Readonly<Record<string, unknown>>;
}

export function formatMessage(template: string, details: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const v = details[key];
    return v === undefined || v === null ? '' : String(v);
  });
}

/** Thrown by services; the router turns it into an IpcError. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(formatMessage(errorCatalog[code].en, details));
    this.name = 'AppError';
  }
}

export function toIpcError(
  code: ErrorCode,
  details: Readonly<Record<string, unknown>>,
  language: Language,
): IpcError {
  const entry = errorCatalog[code];
  const messages = { en: formatMessage(entry.en, details), 'zh-CN': formatMessage(entry['zh-CN'], details) };
  return { code, message: messages[language], messages, details };
}

export function isIpcError(value: unknown): value is IpcError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as IpcError).code === 'string' &&
    typeof (value as IpcError).message === 'string'
  );
}
