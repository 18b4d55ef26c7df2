/** The journal screens, mounted by the app under /ledger. */
import type { RouteObject } from 'react-router';
import { AccountLedgerScreen } from './AccountLedgerScreen';
import { AccountsScreen } from './AccountsScreen';
import { JournalScreen } from './JournalScreen';
import { NewEntryScreen } from './NewEntryScreen';
import { TrialBalanceScreen } from './TrialBalanceScreen';
import '../../components/data-table.css';
import './ledger.css';

export const ledgerRoutes: RouteObject[] = [
  { index: true, element: <TrialBalanceScreen /> },
  { path: 'journal', element: <JournalScreen /> },
  { path: 'journal/new', element: <NewEntryScreen /> },
  { path: 'account', element: <AccountLedgerScreen /> },
  { path: 'accounts', element: <AccountsScreen /> },
];
