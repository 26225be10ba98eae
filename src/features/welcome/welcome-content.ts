/** What every new member reads first (PRODUCT.md, Onboarding). */
export const PURPOSE =
  'A pod is three or four colleagues at a similar level, from different parts of the organization, who meet every week or two to help each other with real work problems. Nobody in a pod manages anyone else in it.';

export const GROUND_RULES = [
  {
    title: 'Confidentiality',
    text: 'What is said in the pod stays in the pod. Only insights their author marks as shareable ever leave it, and program owners see numbers, never anyone’s words.',
  },
  {
    title: 'Respect',
    text: 'Listen fully, let each person own their problem and their choices, and keep the time you promised the pod.',
  },
  {
    title: 'Constructive challenge',
    text: 'Ask the question that helps, not the one that proves a point. Challenge assumptions kindly and offer experiments rather than advice.',
  },
];

export const SESSION_STEPS = [
  {
    title: 'Check-in (10–15 min)',
    text: 'Each person says how they are showing up today and reports on last session’s commitment: done, partly or not done.',
  },
  {
    title: 'Hot seats (20–30 min each)',
    text: 'Each member in turn brings one question. The pod helps them sharpen the intent, explore the strategies and assumptions behind it, and choose one small experiment.',
  },
  {
    title: 'Check-out (10–15 min)',
    text: 'Each person records one insight and one commitment to act before the next session.',
  },
];

export const FIRST_SESSION_SCRIPT = [
  'Introduce yourselves: role, what you hope to get from the pod.',
  'Read the ground rules aloud and agree to them.',
  'Agree who keeps time and who goes first in the hot seat.',
  'Run the session as above; keep the first hot seats short.',
  'Before you leave, everyone records their check-out in PeerPods.',
];
