import { Alert, Anchor, Button, PasswordInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { applyApiError } from '../../components/api-form-error';
import { PageLoader } from '../../shell/page-loader';
import { AuthForm } from '../auth/auth-form';
import { AuthFrame } from '../auth/auth-frame';
import { passwordProblem } from '../auth/validation';
import { sessionState } from '../../api/session-state';
import { applyLocale, isLocale } from '../../i18n';
import { useAcceptInvitation, useInvitation, type Invitation } from './use-invitation';
import { dayjs } from '../../i18n/dates';

const route = getRouteApi('/invitations/$token');

type InvitationProblem = 'expired' | 'accepted' | 'invalid' | 'unreachable';

/** Why the link cannot be used: 410 says expired or already accepted, 404 unknown; anything else may pass. */
function invitationProblem(error: unknown): InvitationProblem {
  if (!isApiError(error)) return 'unreachable';
  if (error.code === 'INVITATION.EXPIRED') return 'expired';
  if (error.code === 'INVITATION.ACCEPTED') return 'accepted';
  if (error.status === 404 || error.status === 410) return 'invalid';
  return 'unreachable';
}

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token } = route.useParams();
  const invitation = useInvitation(token);

  if (invitation.isPending) {
    return (
      <AuthFrame title={t('invitation.title')}>
        <PageLoader />
      </AuthFrame>
    );
  }
  if (invitation.isError) {
    const problem = invitationProblem(invitation.error);
    return (
      <AuthFrame title={t('invitation.title')}>
        <Alert color={problem === 'accepted' ? 'blue' : 'red'} role="alert">
          {t(`invitation.problems.${problem}`)}
        </Alert>
        {problem === 'unreachable' && (
          <Button variant="default" onClick={() => void invitation.refetch()}>
            {t('common.retry')}
          </Button>
        )}
        {problem === 'accepted' ? (
          <Button component={Link} to="/sign-in">
            {t('auth.signIn.submit')}
          </Button>
        ) : (
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('auth.backToSignIn')}
          </Anchor>
        )}
      </AuthFrame>
    );
  }
  return <AcceptForm token={token} invitation={invitation.data} />;
}

function AcceptForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  const [formError, setFormError] = useState<string | null>(null);
  const isNew = !invitation.accountExists;
  // The page opens in the invitation's language, that of its email; the switch above still changes it.
  useEffect(() => {
    void applyLocale(invitation.locale);
  }, [invitation.locale]);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: invitation.suggestedName ?? '', password: '' },
    validate: {
      name: (v) => (isNew && !v.trim() ? t('validation.required') : null),
      password: (v) => {
        if (!isNew) return v ? null : t('validation.required');
        const problem = passwordProblem(v, invitation.email);
        return problem ? t(problem) : null;
      },
    },
  });

  return (
    <AuthFrame
      title={t('invitation.title')}
      subtitle={t('invitation.subtitle', {
        inviter: invitation.invitedBy,
        workspace: invitation.workspace.name,
        role: t(`roles.${invitation.role}`),
      })}
    >
      <Text size="sm">{t('invitation.expires', { date: dayjs(invitation.expiresAt).format('LL'), time: dayjs(invitation.expiresAt).format('LT') })}</Text>
      <AuthForm
        onSubmit={form.onSubmit(({ name, password }) => {
          setFormError(null);
          const pageLocale = isLocale(i18n.language) ? i18n.language : undefined;
          accept.mutate({ body: isNew ? { name: name.trim(), password } : { password }, pageLocale: isNew ? pageLocale : undefined }, {
            onSuccess: () => {
              sessionState.setWorkspaceId(invitation.workspace.id);
              void navigate({ to: '/learners' });
            },
            onError: (error) =>
              setFormError(
                isApiError(error) && error.code === 'AUTH.INVALID_CREDENTIALS' ? t('invitation.wrongPassword') : applyApiError(form, error, t),
              ),
          });
        })}
        error={formError}
        submitLabel={t('invitation.submit')}
        pending={accept.isPending}
      >
        <TextInput label={t('fields.email')} value={invitation.email} readOnly autoComplete="username" />
        {isNew && <TextInput label={t('fields.name')} autoComplete="name" withAsterisk key={form.key('name')} {...form.getInputProps('name')} />}
        <PasswordInput
          label={isNew ? t('fields.choosePassword') : t('fields.password')}
          description={isNew ? t('validation.passwordRule') : t('invitation.existingAccount')}
          autoComplete={isNew ? 'new-password' : 'current-password'}
          withAsterisk
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
      </AuthForm>
    </AuthFrame>
  );
}
