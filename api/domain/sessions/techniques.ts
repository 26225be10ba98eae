/** A facilitation technique offered to the pod during a hot seat. */
export interface Technique {
  id: 'role-play' | 'what-if' | 'empathy' | 'shifting-perspective' | 'collaborative-storytelling';
  name: string;
  prompt: string;
}

/** The prompt library; hot seats draw from it in turn so each session tries something different. */
export const TECHNIQUES: readonly Technique[] = [
  {
    id: 'role-play',
    name: 'Role-play',
    prompt: 'Act out the conversation you are dreading: a peer plays the other person, then swap roles.',
  },
  {
    id: 'what-if',
    name: '"What if?" scenarios',
    prompt: 'What if the main constraint vanished? What if it doubled? What would you do first in each case?',
  },
  {
    id: 'empathy',
    name: 'Empathy exercise',
    prompt: 'Describe the situation as the other people involved would: what do they want, fear and need?',
  },
  {
    id: 'shifting-perspective',
    name: 'Shifting perspective',
    prompt: 'How would someone you admire, a newcomer, or you in five years look at this problem?',
  },
  {
    id: 'collaborative-storytelling',
    name: 'Collaborative storytelling',
    prompt: 'Tell the story of how this was solved six months from now, each peer adding the next chapter.',
  },
];
