import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { isMac } from './shortcuts';

/** The shortcuts the app offers, each a list of alternative key sequences. */
function shortcutRows(mod: string): { keys: string[][]; label: string }[] {
  return [
    { keys: [[mod, 'K'], ['/']], label: 'shortcuts.search' },
    { keys: [['Alt', '1'], ['Alt', '2']], label: 'shortcuts.sections' },
    { keys: [['?']], label: 'shortcuts.help' },
    { keys: [['Esc']], label: 'shortcuts.escape' },
    { keys: [['Enter']], label: 'shortcuts.submit' },
  ];
}

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('common');
  const rows = shortcutRows(isMac() ? '⌘' : 'Ctrl');
  return (
    <Dialog open={open} onClose={onClose} title={t('shortcuts.title')} footer={<Button onClick={onClose}>{t('actions.close')}</Button>}>
      <dl className="shortcuts">
        {rows.map((row) => (
          <div className="shortcuts__row" key={row.label}>
            <dt className="shortcuts__keys">
              {row.keys.map((sequence, i) => (
                <Fragment key={sequence.join('+')}>
                  {i > 0 && <span className="shortcuts__or"> {t('shortcuts.or')} </span>}
                  {sequence.map((key, j) => (
                    <Fragment key={key}>
                      {j > 0 && '+'}
                      <kbd>{key}</kbd>
                    </Fragment>
                  ))}
                </Fragment>
              ))}
            </dt>
            <dd className="shortcuts__label">{t(row.label)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
