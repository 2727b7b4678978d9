import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../shell/language-switch';

/** The frame of the signed-out pages: the product's name, a card, the language switch. */
export function AuthFrame({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  return (
    <Box component="main" mih="100vh" bg="gray.0" px="md" py={{ base: 'lg', sm: 64 }}>
      <Center>
        <Stack w="100%" maw={420} gap="lg">
          <Group justify="space-between">
            <Text fw={700} size="xl" c="blue.8">
              Clarion
            </Text>
            <LanguageSwitch signedIn={false} />
          </Group>
          <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} radius="md">
            <Stack gap="md">
              <Stack gap={4}>
                <Title order={1} size="h2">
                  {title}
                </Title>
                {subtitle && (
                  <Text c="dimmed" size="sm">
                    {subtitle}
                  </Text>
                )}
              </Stack>
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
