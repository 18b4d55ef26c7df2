import { useTranslation } from 'react-i18next';
import { paymentMethods, type PaymentMethod } from '../../../../shared/contract/capital';
import { Select } from '../../components/Select';

/** How an amount is paid: cash, bank, or (for instalments) a deduction from pay. */
export function MethodSelect<M extends PaymentMethod>({
  value,
  onChange,
  methods = paymentMethods as readonly PaymentMethod[] as readonly M[],
}: {
  value: M;
  onChange: (method: M) => void;
  methods?: readonly M[];
}) {
  const { t } = useTranslation('capital');
  return (
    <Select
      label={t('fields.method')}
      value={value}
      options={methods.map((m) => ({ value: m, label: t(`method.${m}`) }))}
      onChange={(e) => onChange(e.target.value as M)}
    />
  );
}
