import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearest } from '../../src/core/suggest.js';

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['mirror', 'mirror', 0],
    ['mirorr', 'mirror', 1], // one swap of neighbours
    ['platfrom', 'platform', 1],
    ['platfrom', 'platforms', 2],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3], // OSA, not full Damerau (which says 2)
    ['json', 'jsno', 1],
    ['tag', 'tga', 1],
  ])('%j → %j is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('nearest / didYouMean', () => {
  const flags = ['platforms', 'platform', 'file', 'json', 'help', 'tag', 'timeout', 'keep-attestations'];
  it('finds what was meant', () => {
    expect(nearest('platfrom', flags)).toBe('platform');
    expect(nearest('jsn', flags)).toBe('json');
    expect(nearest('keep-attestation', flags)).toBe('keep-attestations');
    expect(nearest('TIMEOUT', flags)).toBe('timeout');
    expect(nearest('mirorr', ['init', 'mirror', 'merge', 'inspect', 'check', 'gitlab'])).toBe('mirror');
    expect(nearest('mrege', ['init', 'mirror', 'merge', 'inspect', 'check', 'gitlab'])).toBe('merge');
  });
  it('a prefix of one word (or of a word and its longer forms) is that word', () => {
    expect(nearest('plat', flags)).toBe('platform');
    expect(nearest('keep', flags)).toBe('keep-attestations');
    expect(nearest('ti', flags)).toBeUndefined(); // too short to be a prefix, and not near
  });
  it('says nothing when nothing is near', () => {
    expect(nearest('nope', flags)).toBeUndefined();
    expect(nearest('frobnicate', ['init', 'mirror', 'merge', 'inspect', 'check', 'gitlab'])).toBeUndefined();
    expect(nearest('', flags)).toBeUndefined();
    expect(nearest('x', [])).toBeUndefined();
  });
  it('didYouMean is a clause for an error line', () => {
    expect(didYouMean('mirorr', ['mirror'])).toBe('; did you mean mirror?');
    expect(didYouMean('zzz', ['mirror'])).toBe('');
  });
});
