/** Budget import and export (issue 12, seams §5): the file's layout, its writers, and the checked import. */
export { budgetFileName, exportBudgetFile } from './export';
export { commitBudgetImport, previewBudgetImport } from './import';
