import { type FieldError } from '../../errors';

/** RFC 9457 problem details, with our `errors[]` and upstream extension members: every API error's body. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId?: string;
  errors?: FieldError[];
  upstream?: { service: string; status?: number; code?: string; requestId?: string };
}

/** Field path of a zod issue as problem `errors[]` name it: `workingHours.start`, `attendees[0]`. */
export function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}
