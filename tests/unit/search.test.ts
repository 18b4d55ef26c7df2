import { describe, expect, it } from 'vitest';
import { ftsPrefixQuery } from '../../electron/services/members/search';
import { foldForSearch, MAX_SEARCH_TERMS, searchTerms } from '../../shared/domain/search';

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

describe('search terms: every word typed must match (issue 6, search as a person types)', () => {
  it.each([
    ['rosa quispe', ['rosa', 'quispe']],
    ['  joão   silva ', ['joão', 'silva']],
    ['12.345.678', ['12345678']],
    ['12 345 678', ['12345678']],
    ['20-12345678-3', ['20123456783']],
    ['silva 12.345', ['silva', '12345']],
    ['- , .', []],
    ['', []],
  ])('%j asks for %j', (text, terms) => expect(searchTerms(text)).toEqual(terms));

  it('stops at a sane number of words', () => {
    expect(searchTerms('a b c d e f g h i j k')).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe('FTS5 prefix query: nothing typed is read as query syntax', () => {
  it.each([
    [['rosa', 'quispe'], '"rosa"* AND "quispe"*'],
    [['say"hi'], '"say""hi"*'],
    [['NEAR(a', 'OR', 'b*', 'names:x', '^c'], '"NEAR(a"* AND "OR"* AND "b*"* AND "names:x"* AND "^c"*'],
  ])('%j becomes %j', (terms, query) => expect(ftsPrefixQuery(terms)).toBe(query));
});
