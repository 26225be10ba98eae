import { createContext, useContext, type ReactNode } from 'react';
import { usableZone } from './zoned-format';

const ViewerZoneContext = createContext<string | null>(null);

/** The viewer's zone (their mailbox's, from `/api/me`), so every time on screen is their own local time. */
export function ViewerZoneProvider({
  zone,
  children,
}: {
  zone: string | null | undefined;
  children: ReactNode;
}) {
  return <ViewerZoneContext.Provider value={usableZone(zone)}>{children}</ViewerZoneContext.Provider>;
}

export function useViewerZone(): string {
  return useContext(ViewerZoneContext) ?? usableZone(undefined);
}
