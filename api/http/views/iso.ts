/** Epoch ms as the API writes instants: ISO 8601 in UTC. */
export const iso = (epochMs: number): string => new Date(epochMs).toISOString();
