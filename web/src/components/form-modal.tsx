import { Alert, Button, Group, Modal, type ModalProps, Stack, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog holding a form. Escape pressed to close a date picker or a list inside it closes only
 * that; once something is typed, Escape or a click outside asks before losing it, and the form
 * stays as it was while the question is asked.
 */
export function FormModal({ opened, onClose, children, ...props }: Omit<ModalProps, 'closeOnEscape' | 'closeButtonProps'>) {
  const { t } = useTranslation();
  const content = useRef<HTMLDivElement>(null);
  const [touched, setTouched] = useState(false);
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (opened) {
      setTouched(false);
      setAsking(false);
    }
  }, [opened]);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);

  const requestClose = () => {
    if (touched) setAsking(true);
    else onClose();
  };

  // Mantine's own Escape closes the dialog even when it was meant for a popover inside it (the date
  // picker's calendar). Caught before the popover closes: a list still shows as aria-expanded on its
  // input, a calendar is still in the page.
  useWindowEvent(
    'keydown',
    (event) => {
      if (!opened || event.key !== 'Escape' || event.isComposing) return;
      const target = event.target as HTMLElement | null;
      if (target?.getAttribute('data-mantine-stop-propagation') === 'true') return;
      if (content.current?.querySelector('[aria-haspopup][aria-expanded="true"]') || document.querySelector('[data-dates-dropdown]')) return;
      if (asking) setAsking(false);
      else requestClose();
    },
    { capture: true },
  );

  return (
    <Modal {...props} opened={opened} onClose={requestClose} closeOnEscape={false} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="md" ref={content} onInputCapture={() => setTouched(true)} onChangeCapture={() => setTouched(true)}>
        {asking && (
          <Alert color="orange" role="alertdialog" aria-labelledby="form-modal-discard" title={<span id="form-modal-discard">{t('formModal.discardTitle')}</span>}>
            <Stack gap="xs">
              <Text size="sm">{t('formModal.discardText')}</Text>
              <Group gap="xs">
                <Button ref={keep} size="xs" variant="default" onClick={() => setAsking(false)}>
                  {t('formModal.keepEditing')}
                </Button>
                <Button size="xs" color="red" onClick={onClose}>
                  {t('formModal.discard')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {children}
      </Stack>
    </Modal>
  );
}
