import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../shared/domain/search';

describe('search folding', () => {
  it.each([
    ['NÚÑEZ  Pérez', 'nunez perez'],
    ['Nuñez', 'nunez'],
    ['São João', 'sao joao'],
    ['  GONZALEZ   Ana ', 'gonzalez ana'],
    ['Ana\tMaría', 'ana maria'],
    ['20-12345678-9', '20-12345678-9'],
  ])('%j folds to %j, so accents and case never hide a member', (text, folded) => expect(foldForSearch(text)).toBe(folded));
});
