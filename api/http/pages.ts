import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Application } from 'express';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The page at `/` while no tab build exists. */
export function placeholderPage(signInUrl: string | undefined): string {
  const signIn = signInUrl
    ? `<li><a href="${escapeHtml(signInUrl)}">Sign in as a demo person</a> (local emulator)</li>`
    : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>PeerPods</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>PeerPods</h1>
<p>Peer coaching pods for Microsoft Teams: small groups of colleagues who meet on a steady cadence, with the
scheduling, session structure and follow-up handled inside Teams and Outlook.</p>
<p>The API is running. The tab has not been built yet.</p>
<ul><li><a href="/healthz">Health</a></li>${signIn}</ul>
</body>
</html>`;
}

/**
 * Serves the built tab from `distDir` (with index.html for client-side routes), or the placeholder page
 * at `/` when there is no build.
 */
export function mountTab(app: Application, distDir: string | undefined, signInUrl: string | undefined): void {
  const index = distDir ? path.resolve(distDir, 'index.html') : undefined;
  if (distDir && index && existsSync(index)) {
    app.use(express.static(path.resolve(distDir), { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/|api$|healthz$|readyz$).*/, (_req, res) => res.sendFile(index));
    return;
  }
  app.get('/', (_req, res) => res.type('html').send(placeholderPage(signInUrl)));
}
