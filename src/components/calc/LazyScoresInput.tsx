// The pasted-scores and file input, loaded the first time someone chooses that form of data:
// most visitors type counts, and it counts against what a calculator loads on use, not up front.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from './translation';
import type { ScoresInputProps } from './ScoresInput';

let loaded: ComponentType<ScoresInputProps> | undefined;

export function LazyScoresInput(props: ScoresInputProps) {
  const t = useT();
  const [Input, setInput] = useState(() => loaded);
  useEffect(() => {
    if (!Input) void import('./ScoresInput').then((m) => setInput(() => (loaded = m.ScoresInput)));
  }, []);
  // On a slow connection the box may take a moment: say so rather than show nothing.
  return Input ? <Input {...props} /> : <p class="calc-loading">{t('scores.loading')}</p>;
}
