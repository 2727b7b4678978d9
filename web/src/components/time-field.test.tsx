import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { parseTime24, TimeField } from './time-field';

describe('TimeField', () => {
  it.each([
    ['9', '09:00'],
    ['930', '09:30'],
    ['0930', '09:30'],
    ['9:30', '09:30'],
    ['9h30', '09:30'],
    ['21H05', '21:05'],
    ['20.00', '20:00'],
    ['23:59', '23:59'],
  ])('reads %s as %s', (typed, time) => expect(parseTime24(typed)).toBe(time));

  it.each(['24:00', '9:60', 'abc', '', '8 PM'])('reads %s as no time', (typed) => expect(parseTime24(typed)).toBeNull());

  it('shows the 24-hour time it is given and tidies what is typed when left', async () => {
    let last = '';
    function Host() {
      const [value, setValue] = useState('20:00');
      return (
        <TimeField
          label="From"
          value={value}
          onChange={(v) => {
            last = v;
            setValue(v);
          }}
        />
      );
    }
    render(
      <MantineProvider>
        <Host />
      </MantineProvider>,
    );
    const input = screen.getByLabelText('From');
    expect(input).toHaveValue('20:00');
    expect(input).not.toHaveAttribute('type', 'time');
    await userEvent.clear(input);
    await userEvent.type(input, '8h');
    expect(last).toBe('8h');
    fireEvent.blur(input);
    expect(input).toHaveValue('08:00');
    expect(last).toBe('08:00');
  });
});
