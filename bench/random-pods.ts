import type { Participant } from '../api/domain/pods';
import { mulberry32 } from '../emulator/seed/prng';

/** The random-pairing approach of Teams' Icebreaker: shuffle, pair neighbours, drop the odd one out. */
export function randomPairs(participants: readonly Participant[], seed: number): string[][] {
  const rng = mulberry32(seed);
  const ids = participants.map((p) => p.id);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  const pairs: string[][] = [];
  for (let i = 0; i + 1 < ids.length; i += 2) pairs.push([ids[i]!, ids[i + 1]!]);
  return pairs;
}
