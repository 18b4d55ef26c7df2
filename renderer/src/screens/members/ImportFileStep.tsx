/**
 * Step 1: choose a CSV file; its bytes go to the dry run as base64 and come back as detected columns.
 * The browser's own file input speaks the operating system's language ("Choose File"), so it is hidden
 * behind a button in the user's language; its label still names it for assistive technology.
 */
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
      <p id={`${id}-hint`} className={fileName ? 'visually-hidden' : undefined}>
        {t('import.fileHint')}
      </p>
      <div className="file-picker">
        <input
          id={`${id}-file`}
          className="file-picker__input"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-hint ${id}-chosen`}
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            // Choosing the same file again (after fixing it in the spreadsheet) must read it again.
            e.target.value = '';
          }}
        />
        <label htmlFor={`${id}-file`} className="button button--secondary file-picker__button">
          {t('import.chooseFile')}
        </label>
        <span id={`${id}-chosen`} className="file-picker__name">
          {fileName ? t('import.chosenFile', { name: fileName }) : t('import.noFile')}
        </span>
      </div>
    </section>
  );
}
