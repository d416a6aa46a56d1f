/** Users. */
import type { UsersStrings } from '../types/users.ts';

export const users: UsersStrings = {
  users: {
    heading: 'Usuarios',
    adminsOnly: 'Solo los administradores de todos los sitios gestionan los usuarios.',
    added: 'Se añadió a {email}.',
    addedWithPassword: 'Se añadió a {email}. Su contraseña, que solo se muestra ahora: {password}',
    roleChanged: '{email} ahora es {role}.',
    removed: 'Se eliminó a {email}.',
    columns: { email: 'Correo electrónico', role: 'Rol', sites: 'Sitios', added: 'Alta', actions: 'Acciones' },
    roleOf: 'Rol de {email}',
    everySite: 'Todos los sitios',
    onlySites: 'Solo estos sitios',
    sitesOf: 'Sitios que ve {email}',
    noSites: 'Marca al menos un sitio, o elige todos los sitios.',
    changeSites: 'Cambiar sitios',
    save: 'Guardar',
    cancel: 'Cancelar',
    sitesChanged: '{email} ahora ve: {sites}.',
    remove: 'Eliminar',
    add: 'Añadir un usuario',
    email: 'Correo electrónico',
    role: 'Rol',
    viewerOption: 'lector (solo lectura)',
    password: 'Contraseña (vacía: se genera una)',
    submit: 'Añadir usuario',
  },
};
