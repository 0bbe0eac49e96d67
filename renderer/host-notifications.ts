// The host's OS notification for an alert. Inside Electron the main side shows it
// (Electron's Notification, electron/main.ts), so the renderer does nothing; in the web host
// the browser's Notifications API shows it, once the operator has allowed it.
export interface AlertNotification {
  readonly title: string;
  readonly body: string;
}

export type NotificationPermissionState = 'granted' | 'denied' | 'default' | 'unsupported' | 'host';

/** Who shows notifications here: the desktop host itself, or the browser (with its permission). */
export function notificationPermission(): NotificationPermissionState {
  if (window.partnerDesk) return 'host';
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.permission;
}

export async function requestNotificationPermission(): Promise<NotificationPermissionState> {
  if (notificationPermission() !== 'default') return notificationPermission();
  return Notification.requestPermission();
}

/** Shows the notification when this renderer is the one to; true when it was shown. */
export function showAlertNotification(n: AlertNotification): boolean {
  if (notificationPermission() !== 'granted') return false;
  new Notification(n.title, { body: n.body, tag: `partner-desk-alert-${n.title}` });
  return true;
}
