/** The signed-in user of a request, from a validated Teams SSO token. */
export interface Caller {
  tenantId: string;
  /** Entra object id (`oid`). */
  userId: string;
  upn: string;
  name: string;
  /** The raw SSO token, kept only to exchange it on-behalf-of the user. */
  token: string;
}

/** Whose authority a Graph call runs under: the signed-in user (OBO) or the app itself (client credentials). */
export type Acting = { as: 'user'; caller: Caller } | { as: 'app'; tenantId: string };

/** Who is acting on a session: from a validated SSO token (tab) or a verified bot activity (message extension). */
export interface Member {
  tenantId: string;
  userId: string;
}
