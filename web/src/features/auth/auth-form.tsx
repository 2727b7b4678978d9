import { Alert, Button, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

/**
 * The form of a signed-out page (sign-in, reset, invitation): the problem for the form as a whole
 * above its fields (validated by the form, not the browser), a full-width submit, then any links.
 */
export function AuthForm({
  onSubmit,
  error,
  submitLabel,
  pending,
  children,
  after,
}: {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  error: string | null;
  submitLabel: string;
  pending: boolean;
  children: ReactNode;
  /** Under the submit button: a way elsewhere. */
  after?: ReactNode;
}) {
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack gap="md">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {children}
        <Button type="submit" loading={pending} fullWidth>
          {submitLabel}
        </Button>
        {after}
      </Stack>
    </form>
  );
}
