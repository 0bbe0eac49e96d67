// The screens the navigation shows. Only screens that work are listed here.
import type { ComponentType } from 'react';
import { CustomersScreen } from './customers/CustomersScreen';
import { ProfilesScreen } from './profiles/ProfilesScreen';
import { SettingsScreen } from './settings/SettingsScreen';

export interface ScreenDef {
  readonly id: string;
  /** i18n key of the navigation label. */
  readonly labelKey: string;
  readonly component: ComponentType;
}

export const screens: readonly ScreenDef[] = [
  { id: 'customers', labelKey: 'customers.nav', component: CustomersScreen },
  { id: 'profiles', labelKey: 'profiles.nav', component: ProfilesScreen },
  { id: 'settings', labelKey: 'settings.nav', component: SettingsScreen },
];
