/** Derive an entry id from its question: "¿Cómo devuelvo un pedido?" → "como-devuelvo-un-pedido". */

export const MAX_SLUG_LENGTH = 60;

export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '') // accents
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  // Prefer to cut between words, unless that would throw most of it away.
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
