import { Checkbox, Field, Input } from '@fluentui/react-components';
import type { z } from 'zod';
import type { WorkingHoursBody } from '../../../api/http/schemas';
import { useFormStyles } from '../../components/Form.styles';

type Hours = z.input<typeof WorkingHoursBody>;
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Days, start, end and zone of a member's own working hours. */
export function WorkingHoursFields({
  value,
  errorFor,
  onChange,
  onBlur,
}: {
  value: Hours;
  errorFor: (part: string) => string | undefined;
  onChange: (hours: Hours) => void;
  onBlur: (part: string) => void;
}) {
  const styles = useFormStyles();
  const props = (part: string) => {
    const message = errorFor(part);
    return message ? { validationMessage: message, validationState: 'error' as const } : {};
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Your working hours</legend>
      <Field label="Days" {...props('daysOfWeek')}>
        <div role="group" aria-label="Working days">
          {DAYS.map((day) => (
            <Checkbox
              key={day}
              label={day[0]!.toUpperCase() + day.slice(1, 3)}
              checked={value.daysOfWeek.includes(day)}
              onChange={(_e, d) =>
                onChange({
                  ...value,
                  daysOfWeek: d.checked
                    ? [...value.daysOfWeek, day]
                    : value.daysOfWeek.filter((x) => x !== day),
                })
              }
              onBlur={() => onBlur('daysOfWeek')}
            />
          ))}
        </div>
      </Field>
      <div className={styles.row}>
        <Field label="Start" hint="24-hour clock, e.g. 09:00" {...props('start')}>
          <Input
            value={value.start}
            onChange={(_e, d) => onChange({ ...value, start: d.value })}
            onBlur={() => onBlur('start')}
          />
        </Field>
        <Field label="End" hint="e.g. 17:30" {...props('end')}>
          <Input
            value={value.end}
            onChange={(_e, d) => onChange({ ...value, end: d.value })}
            onBlur={() => onBlur('end')}
          />
        </Field>
      </div>
      <Field
        label="Time zone"
        hint="An IANA name such as Europe/Berlin or Asia/Kolkata."
        {...props('timeZone')}
      >
        <Input
          value={value.timeZone}
          onChange={(_e, d) => onChange({ ...value, timeZone: d.value })}
          onBlur={() => onBlur('timeZone')}
        />
      </Field>
    </fieldset>
  );
}
