/**
 * What each currency of currency.ts is called in words, singular and plural, and its grammatical gender
 * (Spanish and Portuguese numbers agree with it: "doscientas libras", "duas libras").
 */
import type { CurrencyCode } from '../currency';

export type Gender = 'masculine' | 'feminine';
export interface CurrencyName {
  one: string;
  many: string;
  gender: Gender;
}
type Names = Record<'es' | 'pt-BR' | 'en', CurrencyName>;

const m = (one: string, many: string): CurrencyName => ({ one, many, gender: 'masculine' });
const f = (one: string, many: string): CurrencyName => ({ one, many, gender: 'feminine' });
const peso: Names = { 'es': m('peso', 'pesos'), 'pt-BR': m('peso', 'pesos'), 'en': m('peso', 'pesos') };

export const currencyNames: Record<CurrencyCode, Names> = {
  ARS: peso,
  BOB: { 'es': m('boliviano', 'bolivianos'), 'pt-BR': m('boliviano', 'bolivianos'), 'en': m('boliviano', 'bolivianos') },
  BRL: { 'es': m('real', 'reales'), 'pt-BR': m('real', 'reais'), 'en': m('real', 'reais') },
  CAD: { 'es': m('dólar canadiense', 'dólares canadienses'), 'pt-BR': m('dólar canadense', 'dólares canadenses'), 'en': m('Canadian dollar', 'Canadian dollars') },
  CLP: peso,
  COP: peso,
  CRC: { 'es': m('colón', 'colones'), 'pt-BR': m('colón', 'colones'), 'en': m('colón', 'colones') },
  CUP: peso,
  DOP: peso,
  EUR: { 'es': m('euro', 'euros'), 'pt-BR': m('euro', 'euros'), 'en': m('euro', 'euros') },
  GBP: { 'es': f('libra', 'libras'), 'pt-BR': f('libra', 'libras'), 'en': m('pound', 'pounds') },
  GTQ: { 'es': m('quetzal', 'quetzales'), 'pt-BR': m('quetzal', 'quetzais'), 'en': m('quetzal', 'quetzales') },
  HNL: { 'es': m('lempira', 'lempiras'), 'pt-BR': m('lempira', 'lempiras'), 'en': m('lempira', 'lempiras') },
  MXN: peso,
  NIO: { 'es': m('córdoba', 'córdobas'), 'pt-BR': m('córdoba', 'córdobas'), 'en': m('córdoba', 'córdobas') },
  PAB: { 'es': m('balboa', 'balboas'), 'pt-BR': m('balboa', 'balboas'), 'en': m('balboa', 'balboas') },
  PEN: { 'es': m('sol', 'soles'), 'pt-BR': m('sol', 'sóis'), 'en': m('sol', 'soles') },
  PYG: { 'es': m('guaraní', 'guaraníes'), 'pt-BR': m('guarani', 'guaranis'), 'en': m('guaraní', 'guaraníes') },
  USD: { 'es': m('dólar', 'dólares'), 'pt-BR': m('dólar', 'dólares'), 'en': m('dollar', 'dollars') },
  UYU: peso,
  VES: { 'es': m('bolívar', 'bolívares'), 'pt-BR': m('bolívar', 'bolívares'), 'en': m('bolívar', 'bolívares') },
};
