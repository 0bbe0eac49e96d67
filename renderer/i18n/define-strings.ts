// Each screen area keeps its UI strings next to it; both languages must have the same keys,
// which the type enforces at build time and test/unit/i18n-catalogues.test.ts checks again.
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export interface AreaStrings<T> {
  readonly en: T;
  readonly 'zh-CN': Widen<T>;
}

export function defineStrings<const T>(en: T, zhCN: Widen<T>): AreaStrings<T> {
  return { en, 'zh-CN': zhCN };
}
