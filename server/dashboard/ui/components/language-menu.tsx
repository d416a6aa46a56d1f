/**
 * The user's choice of the dashboard's language, in the header: the
 * browser's (no preference) or one of the dashboard's languages, each named
 * in itself. Stored on the user (POST /api/preferences, with CSRF).
 */
import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { errorText } from '../i18n/errors.ts';
import { useI18n } from '../i18n/context.tsx';
import { languageName } from '../i18n/i18n.ts';
import { isLanguage, LANGUAGES, pickLanguage, type Language } from '../i18n/languages.ts';

export function LanguageMenu({ chosen, onChange }: { chosen: Language | null; onChange: (language: Language | null) => void }) {
  const t = useI18n();
  const [problem, setProblem] = useState('');
  const change = async (value: string): Promise<void> => {
    const language = isLanguage(value) ? value : null;
    try {
      await api.post('/preferences', { language });
      setProblem('');
      onChange(language);
    } catch (err) {
      setProblem(errorText(err, t));
    }
  };
  return (
    <div class="language">
      <label for="ui-language">{t.s.shell.showIn}</label>
      <select id="ui-language" value={chosen ?? ''} onChange={(e) => void change((e.currentTarget as HTMLSelectElement).value)} aria-describedby={problem ? 'ui-language-error' : undefined}>
        <option value="">{t.fill(t.s.shell.browser, { name: t.languageName(pickLanguage(navigator.languages)) })}</option>
        {LANGUAGES.map((tag) => (
          <option value={tag} lang={tag}>{languageName(tag, tag, true)}</option>
        ))}
      </select>
      <span id="ui-language-error" class="error" role="status">{problem}</span>
    </div>
  );
}
