/** Budget import and export on screen (entries-io): the budget screen places these beside its actions. */
export { BudgetExportButtons } from './BudgetExportButtons';
export { BudgetImportButton, BudgetImportDialog, type BudgetImportDialogProps } from './BudgetImportDialog';
