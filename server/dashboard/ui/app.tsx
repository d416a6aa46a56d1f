/**
 * The dashboard shell: loads the session, shows the login page or the
 * layout (header, navigation, main) with the page the URL names, in the
 * user's language (their preference, else the browser's).
 */
import { useEffect, useState } from 'preact/hooks';
import { api, loadSession, type User } from './api.ts';
import type { Meta } from '../shared/views.ts';
import { LanguageMenu } from './components/language-menu.tsx';
import { I18nProvider, useLanguage } from './i18n/context.tsx';
import { isLanguage, pickLanguage, type Language } from './i18n/languages.ts';
import { BASE, match, navigate, onLinkClick, useLocation } from './router.ts';
import { GroupPage } from './pages/group-page.tsx';
import { GroupsPage } from './pages/groups-page.tsx';
import { HandoffPage } from './pages/handoff-page.tsx';
import { InboxPage } from './pages/inbox-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { MeasuresPage } from './pages/measures-page.tsx';
import { AlternatesPage } from './pages/alternates-page.tsx';
import { NoticePage } from './pages/notice-page.tsx';
import { NoticesPage } from './pages/notices-page.tsx';
import { SitesPage } from './pages/sites-page.tsx';
import { UsersPage } from './pages/users-page.tsx';
import { ErasurePage } from './pages/erasure-page.tsx';

export function App() {
  const loc = useLocation();
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [meta, setMeta] = useState<Meta | undefined>();
  const chosen = user && isLanguage(user.language) ? user.language : null;
  const t = useLanguage(chosen ?? pickLanguage(navigator.languages));

  useEffect(() => {
    void loadSession().then(setUser, () => setUser(null));
  }, []);
  useEffect(() => {
    if (user) void api.get<Meta>('/meta').then(setMeta);
  }, [user?.id]);
  useEffect(() => {
    if (user === null && loc.path !== '/login') navigate(`${BASE}/login?next=${encodeURIComponent(location.pathname + location.search)}`, true);
  }, [user, loc.path]);

  if (!t) return null;
  if (user === undefined) return <p class="loading" role="status">{t.s.loading}</p>;
  if (loc.path === '/login' || !user) {
    return <I18nProvider value={t}><LoginPage next={loc.query.get('next')} onLogin={(u) => { setUser(u); }} /></I18nProvider>;
  }
  const s = t.s.shell;

  const logout = async (): Promise<void> => {
    await api.post('/logout');
    setUser(null);
    setMeta(undefined);
    navigate(`${BASE}/login`);
  };
  const nav: [string, string, boolean][] = [
    [`${BASE}/`, s.unanswered, loc.path === '/' || loc.path.startsWith('/groups')],
    [`${BASE}/measures`, s.measures, loc.path === '/measures'],
    [`${BASE}/inbox`, s.inbox, loc.path.startsWith('/inbox')],
    [`${BASE}/alternates`, s.learned, loc.path === '/alternates'],
    [`${BASE}/notices`, s.notices, loc.path.startsWith('/notices')],
    // Users are managed by admins of every site; an admin of some sites edits those sites.
    ...(user.role === 'admin' && user.sites === null ? ([[`${BASE}/users`, s.users, loc.path === '/users']] as [string, string, boolean][]) : []),
    ...(user.role === 'admin' ? ([[`${BASE}/sites`, s.sites, loc.path === '/sites']] as [string, string, boolean][]) : []),
    ...(user.role === 'admin' ? ([[`${BASE}/erasure`, s.erasure, loc.path === '/erasure']] as [string, string, boolean][]) : []),
  ];

  let page;
  let params: Record<string, string> | null;
  // The groups page loads its data while the filters' choices arrive.
  if (match('/', loc.path)) page = <GroupsPage meta={meta} loc={loc} admin={user.role === 'admin'} />;
  else if (!meta) page = <p class="loading" role="status">{t.s.loading}</p>;
  else if ((params = match('/groups/:id', loc.path))) page = <GroupPage id={Number(params.id)} user={user} loc={loc} />;
  else if (match('/measures', loc.path)) page = <MeasuresPage meta={meta} loc={loc} />;
  else if (match('/inbox', loc.path)) page = <InboxPage loc={loc} admin={user.role === 'admin'} />;
  else if ((params = match('/inbox/:id', loc.path))) page = <HandoffPage id={params.id!} user={user} />;
  else if (match('/alternates', loc.path)) page = <AlternatesPage meta={meta} loc={loc} user={user} />;
  else if (match('/notices', loc.path)) page = <NoticesPage loc={loc} user={user} sites={meta.sites} />;
  else if ((params = match('/notices/:id', loc.path))) page = <NoticePage id={Number(params.id)} user={user} />;
  else if (match('/users', loc.path)) page = <UsersPage user={user} sites={meta.sites} />;
  else if (match('/sites', loc.path)) page = <SitesPage user={user} />;
  else if (match('/erasure', loc.path)) page = <ErasurePage user={user} sites={meta.sites} />;
  else page = <h1>{t.s.notFound}</h1>;
  const choose = (language: Language | null): void => setUser({ ...user, language });

  return (
    <I18nProvider value={t}>
      <a class="skip" href="#main">{s.skip}</a>
      <header class="top">
        <a class="brand" href={`${BASE}/`} onClick={onLinkClick}>Ayuda</a>
        <nav aria-label={s.nav}>
          <ul>
            {nav.map(([href, label, current]) => (
              <li>
                <a href={href} onClick={onLinkClick} aria-current={current ? 'page' : undefined}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="who">
          <LanguageMenu chosen={chosen} onChange={choose} />
          <span>{t.fill(s.who, { email: user.email, role: t.s.roles[user.role] })}</span>
          <button type="button" class="link" onClick={() => void logout()}>{s.logOut}</button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>{page}</main>
    </I18nProvider>
  );
}
