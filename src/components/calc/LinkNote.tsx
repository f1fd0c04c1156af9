// A shared link's problems, each shown beside the field it concerns (by link parameter).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { say } from '../../i18n/say';
import type { LinkIssue } from '../../lib/share/link';

export const LinkIssues = createContext<readonly LinkIssue[]>([]);

export function LinkNote({ params }: { params: readonly string[] }) {
  const issues = useContext(LinkIssues).filter((i) => params.includes(i.param));
  if (issues.length === 0) return null;
  return (
    <>
      {issues.map((i) => (
        <p key={i.param + i.message.key} class="field-error link-issue" data-link-issue={i.param}>
          <span aria-hidden>{say('field.warn')}</span>
          {say(i.message)}
        </p>
      ))}
    </>
  );
}
