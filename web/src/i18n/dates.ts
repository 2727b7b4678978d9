// dayjs in the interface language, for the screens that show dates: imported by them rather than
// by the first chunk, which shows none.
import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import relativeTime from 'dayjs/plugin/relativeTime';
import i18n from '.';

dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);
dayjs.locale(i18n.language);
i18n.on('languageChanged', (language) => dayjs.locale(language));

export { dayjs };
