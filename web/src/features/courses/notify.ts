import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';

/** A short confirmation or failure, with a labelled close button. */
export function useNotify() {
  const { t } = useTranslation();
  return (message: string, color: 'green' | 'blue' | 'red' = 'green') => notifications.show({ message, color, closeButtonProps: { 'aria-label': t('common.close') } });
}

/** The api's message, or the network one. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown) => (isApiError(error) ? error.message : t('errors.network'));
}
