import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { AnchorLink } from '../../components/anchor-link';
import { NotFoundPage } from '../../shell/not-found-page';
import { PageLoader } from '../../shell/page-loader';
import { dateOnly, dayAndTime, timeOnly } from '../campaigns/campaign-format';
import classes from './poster.module.css';
import { isGoneLink, type Poster, usePoster } from './use-ambassadors';

/** A campaign's printable A4 poster: the course, its session, the brand, and a QR code to the poster's short link. */
export function PosterPage() {
  const { campaignId } = useParams({ strict: false }) as { campaignId: string };
  const { t } = useTranslation('ambassadors');
  const { t: tc } = useTranslation();
  const poster = usePoster(campaignId);

  if (poster.isPending) return <PageLoader />;
  if (poster.isError) {
    if (isGoneLink(poster.error)) return <NotFoundPage />;
    return (
      <Alert color="red" role="alert" title={t('poster.loadError')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{apiErrorMessage(tc, poster.error)}</Text>
          <Button size="xs" variant="default" onClick={() => void poster.refetch()}>
            {tc('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <AnchorLink to="/campaigns/$campaignId" params={{ campaignId }} size="sm">
          ← {t('poster.back')}
        </AnchorLink>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1} size="h2">
            {t('poster.title')}
          </Title>
          <Button onClick={() => window.print()}>{t('poster.print')}</Button>
        </Group>
        <Text size="sm" c="dark.4" maw={720}>
          {t('poster.hint')}
        </Text>
      </Stack>
      <PosterSheet poster={poster.data} />
    </Stack>
  );
}

/** The sheet itself, in the workspace's language (the poster hangs for everyone, whatever the DLM reads). */
function PosterSheet({ poster }: { poster: Poster }) {
  const language = poster.locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const { t } = useTranslation('ambassadors', { lng: language });
  const { brand, session } = poster;
  // A session within one day reads « mar. 14 avr., 09:00 – 12:00 »; one over several days gives both dates.
  const sameDay = session && dateOnly(session.startsAt, session.timeZone, language) === dateOnly(session.endsAt, session.timeZone, language);
  const when = session
    ? `${dayAndTime(session.startsAt, session.timeZone, language)} – ${sameDay ? timeOnly(session.endsAt, session.timeZone, language) : dayAndTime(session.endsAt, session.timeZone, language)}`
    : t('sheet.evergreen');
  const where = session?.location ?? (session?.meetingUrl ? t('sheet.online') : null);
  return (
    <article className={classes.sheet} lang={language} aria-label={poster.courseTitle}>
      <div className={classes.band} style={{ background: brand.primary, color: brand.buttonText }}>
        {brand.logoUrl && <img className={classes.logo} src={brand.logoUrl} alt={brand.logoAlt} />}
        <span className={classes.brand}>{brand.name}</span>
      </div>
      <div className={classes.body}>
        <h2 className={classes.title} style={{ color: brand.primary }}>
          {poster.courseTitle}
        </h2>
        {poster.courseDescription && <p className={classes.description}>{poster.courseDescription}</p>}
        <dl className={classes.facts}>
          <dt>{t('sheet.when')}</dt>
          <dd>{when}</dd>
          {where && (
            <>
              <dt>{t('sheet.where')}</dt>
              <dd>{where}</dd>
            </>
          )}
        </dl>
        <div className={classes.scan}>
          <img className={classes.qr} src={poster.qrCodeUrl} alt={t('sheet.qrAlt', { url: poster.shortUrl })} />
          <span className={classes.cta} style={{ color: brand.primary }}>
            {t('sheet.scan')}
          </span>
          <span className={classes.url}>
            {t('sheet.orType')} {poster.shortUrl.replace(/^https?:\/\//, '')}
          </span>
        </div>
      </div>
      <div className={classes.footer} style={{ background: brand.accent }} />
    </article>
  );
}
