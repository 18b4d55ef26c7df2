/** Step 1: choose a CSV file; its bytes go to the dry run as base64 and come back as detected columns. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  fileName: string | null;
  busy: boolean;
  onFile: (file: File) => void;
}

export function ImportFileStep({ fileName, busy, onFile }: Props) {
  const { t } = useTranslation('members');
  const id = useId();
  return (
    <section className="import-step" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.fileStep')}</h2>
      <p id={`${id}-hint`}>{t('import.fileHint')}</p>
      <div className="form-row">
        <label htmlFor={`${id}-file`}>{t('import.chooseFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-hint`}
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
          }}
        />
      </div>
      {fileName && <p>{t('import.chosenFile', { name: fileName })}</p>}
    </section>
  );
}
