const key = (personId: string) => `peerpods.welcomed.${personId}`;

/** Whether this person has dismissed the welcome on this device. */
export function hasSeenWelcome(personId: string): boolean {
  try {
    return localStorage.getItem(key(personId)) === '1';
  } catch {
    return false;
  }
}

export function markWelcomeSeen(personId: string): void {
  try {
    localStorage.setItem(key(personId), '1');
  } catch {
    // Blocked storage: the welcome shows again next time, which is harmless.
  }
}
