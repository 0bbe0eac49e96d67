import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalUrlToOpen, isAllowedExternalUrl } from '../../../electron/core/infra/security/external-links';

describe('links the system browser may open', () => {
  it.each([
    'https://www.huaweicloud.com/',
    'https://www.huaweicloud.com/intl/en-us/',
    'https://support.huaweicloud.com/api-bpconsole/bpconsole_api.html',
    'https://support.huaweicloud.com/intl/en-us/',
    'https://console.huaweicloud.com/',
    'https://console-intl.huaweicloud.com/',
    'https://account.huaweicloud.com/',
    'https://auth.huaweicloud.com/authui/login',
    'https://WWW.HuaweiCloud.com/',
    'https://www.huaweicloud.com:443/',
  ])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['a look-alike host', 'https://huaweicloud.com.evil.com/'],
    ['the host only in the query', 'https://evil.com/?x=huaweicloud.com'],
    ['the host only in the path', 'https://evil.com/www.huaweicloud.com'],
    ['a user name before the host', 'https://user@www.huaweicloud.com/'],
    ['a user name that looks like the host', 'https://www.huaweicloud.com@evil.com/'],
    ['a password', 'https://user:pass@www.huaweicloud.com/'],
    ['a non-default port', 'https://www.huaweicloud.com:8443/'],
    ['plain http', 'http://www.huaweicloud.com/'],
    ['javascript:', 'javascript:alert(1)'],
    ['a file URL', 'file:///etc/passwd'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['the bare domain (not on the list)', 'https://huaweicloud.com/'],
    ['another subdomain', 'https://evil.huaweicloud.com/'],
    ['a trailing-dot host', 'https://www.huaweicloud.com./'],
    ['a backslash trick', 'https://evil.com\\@www.huaweicloud.com/'],
    ['a backslash after the host', 'https://www.huaweicloud.com\\@evil.com/'],
    ['leading whitespace', ' https://www.huaweicloud.com/'],
    ['an embedded tab', 'https://www.huawei\tcloud.com/'],
    ['an embedded NUL', 'https://www.huaweicloud.com\u0000.evil.com/'],
    ['an IP address', 'https://127.0.0.1/'],
    ['not a URL', 'www.huaweicloud.com'],
    ['an empty string', ''],
  ])('refuses %s', (_what, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('hands the browser the normalised URL it checked', () => {
    expect(externalUrlToOpen('https://WWW.huaweicloud.com:443/a/../intl')).toBe('https://www.huaweicloud.com/intl');
  });
});

describe('the Electron window', () => {
  it('opens external links only through the allowlist', () => {
    const main = readFileSync(join(import.meta.dirname, '../../../electron/main.ts'), 'utf8');
    const opens = main.match(/shell\.openExternal\([^)]*\)/g);
    expect(opens).toEqual(['shell.openExternal(external)']);
    expect(main).toMatch(/const external = externalUrlToOpen\(url\);/);
  });
});
