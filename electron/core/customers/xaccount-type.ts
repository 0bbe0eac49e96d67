import type { MoneySession } from '../money/runtime';

/**
 * §3.3 xaccount_type: "the platform identifier Huawei assigns to the partner (e.g. xxx_IDP);
 * fixed per partner". The profile does not carry one, so we derive it from the partner's
 * account id — our choice; a partner whose Huawei-assigned value differs changes it here.
 */
export function xaccountTypeOf(money: MoneySession): string {
  return `PD_${money.session.profile.domainId.slice(0, 16).toUpperCase()}_IDP`;
}
