// A shared link's problems, each shown beside the field it concerns (by link parameter).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useT } from './translation';
import type { LinkIssue } from '../../lib/share/link';

export const LinkIssues = createContext<readonly LinkIssue[]>([]);

/** The issues of `params`; `forms` shows only a second form of data, said at the choice of form. */
export function LinkNote({ params, forms = false }: { params: readonly string[]; forms?: boolean }) {
  const t = useT();
  const issues = useContext(LinkIssues).filter((i) => params.includes(i.param) && (i.message.key === 'link.otherForm') === forms);
  if (issues.length === 0) return null;
  return (
    <>
      {issues.map((i) => (
        <p key={i.param + i.message.key} class="field-error link-issue" data-link-issue={i.param}>
          <span aria-hidden>{t('field.warn')}</span>
          {t(i.message)}
        </p>
      ))}
    </>
  );
}
