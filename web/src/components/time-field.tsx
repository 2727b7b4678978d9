import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';

/**
 * Reads a time as people type it, on the 24-hour clock: `9`, `930`, `9:30`, `9h30` and `09.30` all
 * give `09:30`. Null when the text is no time of day.
 */
export function parseTime24(text: string): string | null {
  const value = text.trim().toLowerCase();
  const match = /^(\d{1,2})(?:\s*[:hH.]\s*(\d{2})?)?$/.exec(value) ?? /^(\d{1,2})(\d{2})$/.exec(value);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2] ?? 0)];
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export interface TimeFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  /** `HH:mm`, or the text as typed while it is no time yet; '' when empty. */
  value?: string;
  onChange: (value: string) => void;
}

/**
 * A time of day on the 24-hour clock whatever the browser's language (a native time input shows
 * « 08:00 AM » in an English browser): typed as text, tidied to `HH:mm` when the field is left.
 */
export function TimeField({ value = '', onChange, onBlur, ...props }: TimeFieldProps) {
  const [text, setText] = useState(value);
  useEffect(() => setText((typed) => (parseTime24(typed) === value ? typed : value)), [value]);
  return (
    <TextInput
      {...props}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      placeholder={props.placeholder ?? '--:--'}
      maxLength={5}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        // A whole time goes out as HH:mm at once; anything else as typed, for the form to judge.
        onChange(typed.length >= 4 ? (parseTime24(typed) ?? typed) : typed);
      }}
      onBlur={(event) => {
        const tidy = parseTime24(text);
        if (tidy && tidy !== text) {
          setText(tidy);
          onChange(tidy);
        }
        onBlur?.(event);
      }}
    />
  );
}
