/** Users (each language's ../<lang>/users.ts). */

export interface UsersStrings {
  users: {
    heading: string;
    adminsOnly: string;
    added: string;
    addedWithPassword: string;
    roleChanged: string;
    removed: string;
    columns: { email: string; role: string; sites: string; added: string; actions: string };
    roleOf: string;
    /** Sites a user sees (../site-access.ts on the server). */
    everySite: string;
    onlySites: string;
    /** `{email}` */
    sitesOf: string;
    noSites: string;
    changeSites: string;
    save: string;
    cancel: string;
    /** `{email}`, `{sites}` (a list, or everySite) */
    sitesChanged: string;
    remove: string;
    add: string;
    email: string;
    role: string;
    viewerOption: string;
    password: string;
    submit: string;
  };
}
