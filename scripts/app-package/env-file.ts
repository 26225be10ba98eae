import { readFileSync } from 'node:fs';

/** Reads a dotenv file as the Teams Toolkit does: `KEY=value` lines, `#` comments, optional quotes. */
export function readEnvFile(path: string): Record<string, string> {
  return parseEnv(readFileSync(path, 'utf8'));
}

export function parseEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    const [, key, raw = ''] = match;
    const quoted = /^(['"])(.*)\1$/.exec(raw);
    values[key!] = quoted ? quoted[2]! : raw.replace(/\s+#.*$/, '');
  }
  return values;
}
