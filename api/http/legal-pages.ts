import type { Application } from 'express';

/** The privacy statement and terms the Teams app manifest links to (`privacyUrl`, `termsOfUseUrl`). */
const PRIVACY = `
<h1>PeerPods privacy statement</h1>
<p>PeerPods runs in your organization's own Azure subscription and keeps its data in your organization's own
PostgreSQL database. Every record carries your tenant's id, and every query is limited to it.</p>
<h2>What PeerPods reads from Microsoft 365</h2>
<ul>
<li>Your profile: name, department, job title, hire date and manager, to form pods of colleagues at a similar level,
never with someone in your own reporting line.</li>
<li>Your time zone and working hours from your Outlook settings, so times are shown in your zone and sessions fall
inside everyone's day.</li>
<li>Free/busy status only, never the subject, location or attendees of your meetings.</li>
</ul>
<h2>What PeerPods writes</h2>
<ul>
<li>One recurring Teams meeting per pod, in one member's calendar, with invitations to the others.</li>
<li>A summary card in the program's Teams channel after each session, carrying only the insights their authors
marked shareable, with names only where the author allowed it.</li>
<li>Reminders from the PeerPods bot in Teams.</li>
</ul>
<h2>What stays in the pod</h2>
<p>Check-ins, insights, commitments and feedback are visible to the members of that pod only. Program owners see
aggregate figures, and a figure only when it covers at least five people. Logs hold ids, status codes and timings,
never tokens or anything a member wrote.</p>
<h2>Your choices</h2>
<p>You can withdraw from a cohort before its pods are published, correct your working hours, and keep any insight
private (the default). Questions go to the program owner or your IT department, who administer PeerPods.</p>`;

const TERMS = `
<h1>PeerPods terms of use</h1>
<p>PeerPods is provided by your organization for its peer coaching programs. By taking part you agree to:</p>
<ul>
<li><strong>Confidentiality.</strong> What is said in a pod stays in the pod. Share outside it only what its author
marked shareable.</li>
<li><strong>Respect.</strong> Listen fully, let each person own their problem and their choices, and keep the time
you committed to the pod.</li>
<li><strong>Constructive challenge.</strong> Ask questions that help; offer experiments rather than verdicts.</li>
</ul>
<p>Use PeerPods for its purpose: forming pods, scheduling their sessions, and recording what each member learns and
commits to. Your organization's own policies on acceptable use and data protection apply, and your IT department
administers the service.</p>`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main>${body}</main>
</body>
</html>`;
}

/** Mounts `/privacy` and `/terms` ahead of the tab's client-side routes; both need no sign-in. */
export function mountLegalPages(app: Application): void {
  app.get('/privacy', (_req, res) => void res.type('html').send(page('PeerPods privacy statement', PRIVACY)));
  app.get('/terms', (_req, res) => void res.type('html').send(page('PeerPods terms of use', TERMS)));
}
