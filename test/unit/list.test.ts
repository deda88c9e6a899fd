import { describe, expect, it } from 'vitest';
import { parseList } from '../../src/core/list.js';

// the convention of docker's actions (actions-toolkit getInputList): lines, each a CSV record
describe('parseList', () => {
  it.each([
    ['a=1,2\n\n# c\n b ', false, ['a=1,2', 'b']],
    ['x:1, y:2\nz:3', true, ['x:1', 'y:2', 'z:3']],
    ['"a,b",c', true, ['a,b', 'c']],
    ['"line 1\nline 2"\nnext', false, ['line 1\nline 2', 'next']],
    ['type=registry,ref=r/a:cache,mode=max', false, ['type=registry,ref=r/a:cache,mode=max']],
    ['x=a#b', false, ['x=a#b']],
    ['', true, []],
    ['  \n  ', true, []],
  ] as [string, boolean, string[]][])('%j (commas: %s)', (input, commas, want) => {
    expect(parseList(input, { commas })).toEqual(want);
  });

  it('without comments or trimming (secrets) every byte stays', () => {
    expect(parseList('#a= x \n"b=\n y\n"', { commas: false, comments: false, trim: false })).toEqual(['#a= x ', 'b=\n y\n']);
  });
});
