import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';

/** A short confirmation or failure, with a labelled close button. */
export function useNotify() {
  const { t } = useTranslation();
  return (message: string, color: 'green' | 'blue' | 'red' = 'green') => notifications.show({ message, color, closeButtonProps: { 'aria-label': t('common.close') } });
}

/** The api's problem in the console's language (by its code), a server fault, or the network one. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown) => apiErrorMessage(t, error);
}
