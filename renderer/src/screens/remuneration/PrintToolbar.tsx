/** The remuneration print pages' toolbar: the shared one, with this domain's words and print stylesheet. */
import { PrintToolbar as Toolbar, type PrintToolbarProps } from '../../components/PrintToolbar';

export const PrintToolbar = (props: PrintToolbarProps) => <Toolbar {...props} ns="remuneration" keys="payslip" block="payslips-print" />;
