/**
 * The dashboard shell: loads the session, shows the login page or the
 * layout (header, navigation, main) with the page the URL names.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, loadSession, type User } from './api.ts';
import type { Meta } from '../shared/views.ts';
import { BASE, match, navigate, onLinkClick, useLocation } from './router.ts';
import { GroupPage } from './pages/group-page.tsx';
import { GroupsPage } from './pages/groups-page.tsx';
import { HandoffPage } from './pages/handoff-page.tsx';
import { InboxPage } from './pages/inbox-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { MeasuresPage } from './pages/measures-page.tsx';
import { AlternatesPage, ALTERNATES_STRINGS } from './pages/alternates-page.tsx';
import { SitesPage } from './pages/sites-page.tsx';
import { UsersPage } from './pages/users-page.tsx';

export function App() {
  const loc = useLocation();
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [meta, setMeta] = useState<Meta | undefined>();

  useEffect(() => {
    void loadSession().then(setUser, () => setUser(null));
  }, []);
  useEffect(() => {
    if (user) void api.get<Meta>('/meta').then(setMeta);
  }, [user]);
  useEffect(() => {
    if (user === null && loc.path !== '/login') navigate(`${BASE}/login?next=${encodeURIComponent(location.pathname + location.search)}`, true);
  }, [user, loc.path]);

  if (user === undefined) return <p class="loading" role="status">Loading…</p>;
  if (loc.path === '/login' || !user) {
    return <LoginPage next={loc.query.get('next')} onLogin={(u) => { setUser(u); }} />;
  }

  const logout = async (): Promise<void> => {
    await api.post('/logout');
    setUser(null);
    setMeta(undefined);
    navigate(`${BASE}/login`);
  };
  const nav: [string, string, boolean][] = [
    [`${BASE}/`, 'Unanswered questions', loc.path === '/' || loc.path.startsWith('/groups')],
    [`${BASE}/measures`, 'Measures', loc.path === '/measures'],
    [`${BASE}/inbox`, 'Inbox', loc.path.startsWith('/inbox')],
    [`${BASE}/alternates`, ALTERNATES_STRINGS.title, loc.path === '/alternates'],
    ...(user.role === 'admin'
      ? ([
          [`${BASE}/users`, 'Users', loc.path === '/users'],
          [`${BASE}/sites`, 'Sites', loc.path === '/sites'],
        ] as [string, string, boolean][])
      : []),
  ];

  let page;
  let params: Record<string, string> | null;
  // The groups page loads its data while the filters' choices arrive.
  if (match('/', loc.path)) page = <GroupsPage meta={meta} loc={loc} admin={user.role === 'admin'} />;
  else if (!meta) page = <p class="loading" role="status">Loading…</p>;
  else if ((params = match('/groups/:id', loc.path))) page = <GroupPage id={Number(params.id)} user={user} loc={loc} />;
  else if (match('/measures', loc.path)) page = <MeasuresPage meta={meta} loc={loc} />;
  else if (match('/inbox', loc.path)) page = <InboxPage loc={loc} />;
  else if ((params = match('/inbox/:id', loc.path))) page = <HandoffPage id={params.id!} user={user} />;
  else if (match('/alternates', loc.path)) page = <AlternatesPage meta={meta} loc={loc} user={user} />;
  else if (match('/users', loc.path)) page = <UsersPage user={user} />;
  else if (match('/sites', loc.path)) page = <SitesPage user={user} />;
  else page = <h1>Page not found</h1>;

  return (
    <>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <a class="brand" href={`${BASE}/`} onClick={onLinkClick}>Ayuda</a>
        <nav aria-label="Dashboard">
          <ul>
            {nav.map(([href, label, current]) => (
              <li>
                <a href={href} onClick={onLinkClick} aria-current={current ? 'page' : undefined}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="who">
          <span>{user.email} ({user.role})</span>
          <button type="button" class="link" onClick={() => void logout()}>Log out</button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>{page}</main>
    </>
  );
}
