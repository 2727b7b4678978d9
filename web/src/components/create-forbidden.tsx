import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { PageHeader } from './page-header';

/**
 * A "new …" page reached by its address by someone whose role may not create one: says so, rather
 * than offer an empty form that cannot be saved.
 */
export function CreateForbidden({ backTo, backLabel, title, reason, explanation }: { backTo: string; backLabel: string; title: string; reason: string; explanation: string }) {
  return (
    <>
      <Anchor component={Link} to={backTo} size="sm" mb="xs" display="inline-block">
        ← {backLabel}
      </Anchor>
      <PageHeader title={title} />
      <Alert color="gray" title={reason}>
        <Text size="sm">{explanation}</Text>
      </Alert>
    </>
  );
}
