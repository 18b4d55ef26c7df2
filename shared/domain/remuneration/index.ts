/**
 * The pure rules of remuneration (rules/remuneration.md): schemes of three kinds, one member's pay with every
 * line visible, the year's payments, the maximum pay ratio, what-if comparisons, amounts in words for
 * payslips and the scenario file of `minga pay simulate`. Exact throughout: fractions and minor units,
 * each member's pay rounded once, half up (money.ts).
 */
export * from './scheme';
export { checkScheme } from './scheme-check';
export { payOf, monthlyPayOf, hoursText } from './pay';
export { annualPayments, paymentNumbersOfMonth } from './payments';
export { payRatio, ratioRateOf, type PayRatio } from './ratio';
export { whatIf, type WhatIfMonth, type WhatIfMember, type WhatIfFigures, type WhatIfRatio, type WhatIfResult } from './what-if';
export { amountInWords, type WordsLocale } from './words';
export { localiseLineParams } from './lines';
export { exactDecimal, exactText, fractionText, approximateDecimal } from './decimal-text';
export { simulateScenario, parseScenario, scenarioFile, type ScenarioFile, type ScenarioOutput } from './scenario';
