/** Users. */
import type { UsersStrings } from '../types/users.ts';

export const users: UsersStrings = {
  users: {
    heading: 'Users',
    adminsOnly: 'Only admins of every site manage users.',
    added: 'Added {email}.',
    addedWithPassword: 'Added {email}. Their password, shown only now: {password}',
    roleChanged: '{email} is now {role}.',
    removed: 'Removed {email}.',
    columns: { email: 'Email', role: 'Role', sites: 'Sites', added: 'Added', actions: 'Actions' },
    roleOf: 'Role of {email}',
    everySite: 'Every site',
    onlySites: 'Only these sites',
    sitesOf: 'Sites {email} sees',
    noSites: 'Tick at least one site, or choose every site.',
    changeSites: 'Change sites',
    save: 'Save',
    cancel: 'Cancel',
    sitesChanged: '{email} now sees: {sites}.',
    remove: 'Remove',
    add: 'Add a user',
    email: 'Email',
    role: 'Role',
    viewerOption: 'viewer (read only)',
    password: 'Password (empty: generate one)',
    submit: 'Add user',
  },
};
