import { Alert, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/problem-message';
import { AnchorLink } from '../../components/anchor-link';
import { NotFoundPage } from '../../shell/not-found-page';
import { PageLoader } from '../../shell/page-loader';
import classes from './poster.module.css';
import { isGoneLink, type Poster, type PosterLocale, usePoster } from './use-ambassadors';

/** A campaign's printable A4 poster: the course, its session, the brand, and a QR code to the poster's short link. */
export function PosterPage() {
  const { campaignId } = useParams({ strict: false }) as { campaignId: string };
  const { t, i18n } = useTranslation('ambassadors');
  const { t: tc } = useTranslation();
  // A poster hangs at a site: the DLM picks its language, the console's own to start with.
  const [language, setLanguage] = useState<PosterLocale>(i18n.language.startsWith('fr') ? 'fr' : 'en');
  const poster = usePoster(campaignId, language);

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
          <Group gap="sm" align="center">
            <SegmentedControl
              aria-label={t('poster.language')}
              value={language}
              onChange={(value) => setLanguage(value as PosterLocale)}
              data={[
                { value: 'fr', label: t('poster.fr') },
                { value: 'en', label: t('poster.en') },
              ]}
            />
            <Button onClick={() => window.print()} disabled={poster.isFetching}>
              {t('poster.print')}
            </Button>
          </Group>
        </Group>
        <Text size="sm" c="dark.4" maw={720}>
          {t('poster.hint')}
        </Text>
      </Stack>
      <PosterSheet poster={poster.data} />
    </Stack>
  );
}

/** The sheet itself, in the language the DLM chose: its labels, the course's text and the session's dates (in the session's zone, named). */
function PosterSheet({ poster }: { poster: Poster }) {
  const language = poster.locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const { t } = useTranslation('ambassadors', { lng: language });
  const { brand, session } = poster;
  const when = session ? session.when : t('sheet.evergreen');
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
          {session?.enrolByText && (
            <>
              <dt>{t('sheet.enrolBy')}</dt>
              <dd>{t('sheet.enrolByValue', { date: session.enrolByText })}</dd>
            </>
          )}
        </dl>
        <div className={classes.scan}>
          <div className={classes.qrBox}>
            <img className={classes.qr} src={poster.qrCodeUrl} alt={t('sheet.qrAlt', { url: poster.shortUrl })} />
          </div>
          <span className={classes.cta} style={{ color: brand.primary }}>
            {t('sheet.scan')}
          </span>
          <span className={classes.url} data-testid="poster-typed-link">
            {t('sheet.orType')} {poster.shortUrl.replace(/^https?:\/\//, '')}
          </span>
        </div>
      </div>
      <div className={classes.footer} style={{ background: brand.accent }} />
    </article>
  );
}
