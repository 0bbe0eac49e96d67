// Every partner operation of partner-api.md §9 a partner can call, grouped by area.
export * as customers from './customers';
export * as resellers from './resellers';
export * as funding from './funding';
export * as vouchers from './vouchers';
export * as bills from './bills';
export * as intl from './intl';
export * as realname from './realname';
