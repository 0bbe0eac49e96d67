import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal confirmation on the native <dialog> (showModal): focus is trapped and returned by the
 * browser, Escape cancels, the rest of the page is inert. Focus starts on Cancel, so a stray
 * Enter never confirms a money movement.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  /** Red confirm button for destructive or money actions. */
  danger?: boolean;
  /** Disables confirm (e.g. while the call runs, or offline) and shows why. */
  confirmDisabled?: boolean;
  disabledReason?: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!props.open && dialog.open) dialog.close();
  }, [props.open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault(); // we close it through `open`, so React state stays the truth
        props.onCancel();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      <div id={bodyId} className="confirm-body">
        {props.children}
      </div>
      {props.confirmDisabled && props.disabledReason ? <p className="help">{props.disabledReason}</p> : null}
      <div className="confirm-actions">
        <button ref={cancelRef} type="button" className="button" onClick={props.onCancel}>
          {props.cancelLabel ?? t('kit.confirm.cancel')}
        </button>
        <button
          type="button"
          className={props.danger ? 'button button-danger' : 'button button-primary'}
          disabled={props.confirmDisabled}
          onClick={props.onConfirm}
        >
          {props.confirmLabel ?? t('kit.confirm.confirm')}
        </button>
      </div>
    </dialog>
  );
}
