/** One error message in both UI languages; {{name}} placeholders come from `details`. */
export type Messages = { readonly en: string; readonly 'zh-CN': string };
export type Catalog = Record<string, Messages>;
