import { describe, expect, it } from 'vitest';
import { classifyKeychainError, toKeychainError } from '../../../electron/core/infra/vault/keychain-errors';
import { createKeytarVault } from '../../../electron/core/infra/vault/keytar-vault';
import { errorCatalog } from '../../../shared/contract/errors';

// The texts libsecret gives when no usable keychain exists (shared/recipes/README.md).
const TEXTS = {
  'no-session-bus': 'Cannot autolaunch D-Bus without X11 $DISPLAY',
  'no-secret-service': 'The name org.freedesktop.secrets was not provided by any .service files',
  'bus-unreachable': 'Could not connect: No such file or directory',
  locked: 'Object does not exist at path “/org/freedesktop/secrets/collection/login”'.replace(/[“”]/g, '"'),
} as const;

describe('keychain error mapping', () => {
  it.each(Object.entries(TEXTS))('maps %s', (reason, text) => {
    expect(classifyKeychainError(new Error(text))).toBe(reason);
    const e = toKeychainError(new Error(text), 'store');
    expect(e.code).toBe('KEYCHAIN_UNAVAILABLE');
    expect(e.details).toEqual({ reason, operation: 'store' });
  });

  it('turns any other keytar failure into KEYCHAIN_FAILED without its raw text', () => {
    const e = toKeychainError(new Error('weird failure with secret-looking stuff'), 'read');
    expect(e.code).toBe('KEYCHAIN_FAILED');
    expect(e.message).not.toContain('secret-looking');
  });

  it('has a clear message in both languages', () => {
    expect(errorCatalog.KEYCHAIN_UNAVAILABLE.en).toMatch(/keychain/);
    expect(errorCatalog.KEYCHAIN_UNAVAILABLE['zh-CN']).toMatch(/钥匙串/);
  });

  it('reports the vault as unavailable (not throwing) when keytar cannot reach a keychain', async () => {
    const vault = createKeytarVault({
      load: async () => ({
        setPassword: async () => Promise.reject(new Error(TEXTS['no-secret-service'])),
        getPassword: async () => Promise.reject(new Error(TEXTS['no-secret-service'])),
        deletePassword: async () => Promise.reject(new Error(TEXTS['no-secret-service'])),
      }),
    });
    expect(await vault.status()).toEqual({ state: 'unavailable', backend: 'keytar', reason: 'no-secret-service' });
    await expect(vault.setSecret('p', 'sk')).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
  });
});
