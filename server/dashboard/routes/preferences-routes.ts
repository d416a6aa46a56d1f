/**
 * The logged-in user's own preferences (JSON under /dashboard/api, CSRF):
 * - POST /api/preferences { language: "es" | "en" | null }   the dashboard's
 *   language; null follows the browser. Any user may set their own.
 * The body is checked strictly here, not by the route's schema: Fastify's
 * coercion would read "" as null.
 */
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { setLanguage } from '../../auth/users.ts';
import { HttpError } from '../../http/errors.ts';
import { LANGUAGES } from '../ui/i18n/languages.ts';
import type { RouteContext } from './context.ts';

const Preferences = Type.Object({ language: Type.Union([Type.Enum(LANGUAGES), Type.Null()]) }, { additionalProperties: false });
const checkPreferences = Compile(Preferences);

export async function preferencesRoutes(scope: FastifyInstance, { db, guards }: RouteContext): Promise<void> {
  scope.post('/api/preferences', { onRequest: [guards.user, guards.csrf] }, async (request) => {
    if (!checkPreferences.Check(request.body)) {
      throw new HttpError(400, 'invalid_request', 'body.language', `must be one of ${LANGUAGES.join(', ')}, or null to follow the browser`);
    }
    const { language } = request.body as Static<typeof Preferences>;
    await setLanguage(db, request.auth!.user.id, language);
    return { language };
  });
}
