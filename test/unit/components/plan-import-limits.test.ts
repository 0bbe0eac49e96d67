// The plan import screen: a sheet over the size cap is refused in the renderer (nothing is
// read or sent), and the core's refusals show as the operator's language says.
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { toIpcError } from '../../../shared/contract';
import { MAX_SHEET_BYTES } from '../../../shared/contract/channels/plans';
import { catalogues } from '../../../renderer/i18n/catalogue';

const importSheet = vi.fn();
vi.mock('../../../renderer/bridge', () => {
  class ApiError extends Error {
    constructor(readonly error: unknown) {
      super('api error');
    }
  }
  return { ApiError, api: { plans: { importSheet, list: vi.fn(async () => []) } } };
});

const { usePlansStore } = await import('../../../renderer/stores/plans-store');
const { ApiError } = await import('../../../renderer/bridge');
const { PlansScreen } = await import('../../../renderer/screens/plans/PlansScreen');
const { ErrorNotice } = await import('../../../renderer/components/ErrorNotice');

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: catalogues.en }, 'zh-CN': { translation: catalogues['zh-CN'] } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});
beforeEach(() => {
  importSheet.mockReset();
  usePlansStore.setState({ error: null, busy: false });
});

const screen = () => renderToStaticMarkup(createElement(PlansScreen));
// The screen shows the store's error in ErrorNotice; server rendering sees only the store's
// initial state, so the notice is rendered from the store directly.
const notice = () => renderToStaticMarkup(createElement(ErrorNotice, { error: usePlansStore.getState().error }));

describe('plan import limits in the renderer', () => {
  it('refuses a file over the cap before reading or sending it, with the size message', async () => {
    const file = new File([new Uint8Array(MAX_SHEET_BYTES + 1)], 'huge.xlsx');
    const read = vi.spyOn(file, 'arrayBuffer');
    await usePlansStore.getState().importSheet(file, 'fund-customers', '');
    expect(read).not.toHaveBeenCalled();
    expect(importSheet).not.toHaveBeenCalled();
    expect(usePlansStore.getState().error?.code).toBe('PLAN_FILE_TOO_LARGE');
    await i18next.changeLanguage('zh-CN');
    expect(notice()).toContain('“huge.xlsx”大小为 10.1 MB；计划表格最大 10 MB。');
  });

  it('sends a file at the cap and shows the core\'s refusal in the chosen language', async () => {
    importSheet.mockRejectedValue(new ApiError(toIpcError('PLAN_FILE_UNPACKED_TOO_LARGE', { fileName: 'bomb.xlsx', maxMb: 64 }, 'en')));
    await usePlansStore.getState().importSheet(new File([new Uint8Array(MAX_SHEET_BYTES)], 'bomb.xlsx'), 'fund-customers', '');
    expect(importSheet).toHaveBeenCalledTimes(1);
    await i18next.changeLanguage('en');
    const html = notice();
    expect(html).toContain('role="alert"');
    expect(html).toContain('&quot;bomb.xlsx&quot; unpacks to more than 64 MB');
    expect(html).toContain('PLAN_FILE_UNPACKED_TOO_LARGE');
    await i18next.changeLanguage('zh-CN');
    expect(notice()).toContain('“bomb.xlsx”解压后超过 64 MB');
  });

  it('says the limits next to the file field, in both languages', async () => {
    await i18next.changeLanguage('en');
    expect(screen()).toContain('At most 10 MB and 20000 rows.');
    await i18next.changeLanguage('zh-CN');
    expect(screen()).toContain('最大 10 MB，最多 20000 行。');
  });
});
