/**
 * What the coop screens share with other sections (settings edits the same identity the first run sets
 * up). Another screens folder imports only this file, never one inside coop/, as services do with domains.
 */
export { CurrencyField, FiscalYearStartField, LegalIdentityFields } from './IdentityFields';
export { frameworkOptions, languageOptions } from './options';
