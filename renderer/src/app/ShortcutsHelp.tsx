import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { sections } from './sections';
import { isMac, shortcutKeys } from './shortcuts';

/** The shortcuts the app offers, each a list of alternative key sequences, then its already translated name. */
function shortcutRows(mod: string, t: TFunction<'common'>): { keys: string[][]; label: string }[] {
  return [
    { keys: [[mod, 'K'], ['/']], label: t('shortcuts.search') },
    ...sections.map((section) => ({ keys: [shortcutKeys(section.shortcut)], label: t('shortcuts.goTo', { section: t(section.label) }) })),
    ...sections.flatMap((section) => (section.screenShortcuts ?? []).map((s) => ({ keys: [shortcutKeys(s.combo)], label: t(s.label) }))),
    { keys: [['?']], label: t('shortcuts.help') },
    { keys: [['Esc']], label: t('shortcuts.escape') },
    { keys: [['Enter']], label: t('shortcuts.submit') },
  ];
}

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('common');
  const rows = shortcutRows(isMac() ? '⌘' : 'Ctrl', t);
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
            <dd className="shortcuts__label">{row.label}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
