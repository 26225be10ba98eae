/** Replaces people's ids in an explanation from pod formation with their names. */
export function withNames(text: string, names: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [id, name] of names) if (id) out = out.split(id).join(name);
  return out;
}
