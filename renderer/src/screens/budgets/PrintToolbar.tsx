/** The budget print page's toolbar: the shared one, with this section's words and print stylesheet. */
import { PrintToolbar as Toolbar, type PrintToolbarProps } from '../../components/PrintToolbar';

export const PrintToolbar = (props: PrintToolbarProps) => <Toolbar {...props} ns="budgets" keys="budget.print" block="budget-print" />;
