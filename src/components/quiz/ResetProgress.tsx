// "Hapus kemajuan": forgets every stored quiz result and unfinished session in this browser.
import { useState } from 'preact/hooks';
import { clearProgress } from '../../stores/progress';

interface Props {
  labels: { reset: string; confirm: string; done: string };
}

export default function ResetProgress({ labels: L }: Props) {
  const [cleared, setCleared] = useState(false);
  const reset = () => {
    if (!window.confirm(L.confirm)) return;
    clearProgress();
    setCleared(true);
  };
  return (
    <div class="quiz-reset">
      <button type="button" onClick={reset}>{L.reset}</button>
      <p role="status" class="quiz-hint">{cleared ? L.done : ''}</p>
    </div>
  );
}
