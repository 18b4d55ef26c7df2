import { useTranslation } from 'react-i18next';
import { themeChoices, useTheme } from '../../app/theme';

/** Light, dark or the system's theme; applies at once and is remembered on this computer. */
export function Appearance() {
  const { t } = useTranslation('coop');
  const [theme, setTheme] = useTheme();
  return (
    <section className="settings__section stack" aria-labelledby="settings-appearance">
      <h2 id="settings-appearance">{t('settings.appearance')}</h2>
      <fieldset className="settings__group">
        <legend>{t('common:theme.label')}</legend>
        <div className="cluster">
          {themeChoices.map((choice) => (
            <label key={choice} className="settings__radio">
              <input type="radio" name="theme" value={choice} checked={theme === choice} onChange={() => setTheme(choice)} />
              {t(`common:theme.${choice}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
