// The small pieces: rule lines, semver, templates and dates, names and tags.
import { describe, expect, it } from 'vitest';
import {
  compareSemver,
  DEFAULT_RULES,
  formatDate,
  formatRule,
  isRawStatement,
  parseImages,
  parseRule,
  parseRules,
  parseSemver,
  renderTemplate,
  sanitizeImageName,
  sanitizeTag,
  TAG_GRAMMAR,
} from '../../../src/metadata/index.js';

describe('rule lines (metadata-action tag.test.ts: Parse and its defaults)', () => {
  it.each([
    ['type=schedule', 'type=schedule,pattern=nightly,enable=true,priority=1000'],
    ['type=semver,pattern={{version}}', 'type=semver,pattern={{version}},value=,match=,enable=true,priority=900'],
    ['type=match,pattern=v(.*),group=1', 'type=match,pattern=v(.*),group=1,value=,enable=true,priority=800'],
    ['type=edge', 'type=edge,branch=,enable=true,priority=700'],
    ['type=ref,event=pr', 'type=ref,event=pr,prefix=pr-,enable=true,priority=600'],
    ['type=ref,event=branch', 'type=ref,event=branch,enable=true,priority=600'],
    ['type=raw,value=foo', 'type=raw,value=foo,enable=true,priority=200'],
    ['type=raw,foo', 'type=raw,value=foo,enable=true,priority=200'],
    ['foo', 'type=raw,value=foo,enable=true,priority=200'],
    ['type=sha', 'type=sha,prefix=sha-,format=short,enable=true,priority=100'],
    ['type=sha,format=long,prefix=', 'type=sha,format=long,prefix=,enable=true,priority=100'],
    ['TYPE=raw, value = a=b ', 'type=raw,value=a=b,enable=true,priority=200'],
    ['type=match,"pattern=\\d{1,3}.\\d{1,3}"', 'type=match,pattern=\\d{1,3}.\\d{1,3},group=0,value=,enable=true,priority=800'],
  ])('%s', (line, canonical) => {
    expect(formatRule(parseRule(line))).toBe(canonical);
  });

  it.each([
    ['type=foo', /unknown type=foo/],
    ['type=pep440,pattern={{version}}', /pep440 is not supported/],
    ['type=semver', /needs pattern=/],
    ['type=match', /needs pattern=/],
    ['type=match,pattern=x,group=a', /not a group number/],
    ['type=ref', /needs event=/],
    ['type=ref,event=foo', /not one of branch, tag, pr/],
    ['type=sha,format=medium', /not short or long/],
    ['type=sha,formt=long', /has no attribute formt/],
    ['type=raw', /needs value=/],
    ['type=raw,foo,priority=high', /not an integer/],
  ])('%s is a RuleError (exit 2)', (line, why) => {
    expect(() => parseRule(line)).toThrow(why);
    try {
      parseRule(line);
    } catch (e) {
      expect((e as { exitCode: number }).exitCode).toBe(2);
    }
  });

  it('parseRules: one per line, blanks and # comments skipped, highest priority first, stable', () => {
    const rules = parseRules('type=sha\n\n# a comment\ntype=raw,a\ntype=semver,pattern={{version}}\ntype=raw,b\n');
    expect(rules.map((r) => r.line)).toEqual(['type=semver,pattern={{version}}', 'type=raw,a', 'type=raw,b', 'type=sha']);
    expect(parseRules(['type=raw,x', 'type=raw,y\ntype=raw,z']).map((r) => r.attrs.value)).toEqual(['x', 'y', 'z']);
  });

  it('DEFAULT_RULES parse', () => {
    expect(parseRules(DEFAULT_RULES).map((r) => r.type)).toEqual(['schedule', 'semver', 'semver', 'semver', 'ref', 'sha', 'raw']);
  });
});

describe('semver (node-semver strict valid(), as metadata-action checks tags)', () => {
  it.each([
    ['v1.2.3', '1.2.3', []],
    ['1.2.3', '1.2.3', []],
    ['v1.2.3-rc.1', '1.2.3-rc.1', ['rc', '1']],
    ['v2.0.8-beta.67', '2.0.8-beta.67', ['beta', '67']],
    ['1.2.3+build.5', '1.2.3', []],
    [' v0.3.0 ', '0.3.0', []],
  ])('%s → %s', (raw, version, pre) => {
    const v = parseSemver(raw);
    expect(v?.version).toBe(version);
    expect(v?.prerelease).toEqual(pre);
  });

  it.each(['1.2', 'v1', 'release1', '01.2.3', '1.2.3-', '1.2.3-01', 'V1.2.3', 'p1/v1.0.0', '20200110-RC2'])('%s is not semver', (raw) => {
    expect(parseSemver(raw)).toBeUndefined();
  });

  it('compares by precedence', () => {
    const order = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.2.0', '2.0.0'];
    const parsed = order.map((s) => parseSemver(s)!);
    for (let i = 1; i < parsed.length; i++) expect(compareSemver(parsed[i - 1]!, parsed[i]!)).toBe(-1);
  });
});

describe('templates (the handlebars subset)', () => {
  const helpers = { a: () => 'A', echo: (args: string[], hash: Record<string, string>) => `${args.join('+')}|${JSON.stringify(hash)}` };
  it('renders text and expressions', () => {
    expect(renderTemplate('x-{{a}}-{{ a }}', helpers)).toBe('x-A-A');
    expect(renderTemplate(`{{echo 'p q' "r" tz='Asia/Tokyo'}}`, helpers)).toBe('p q+r|{"tz":"Asia/Tokyo"}');
  });
  it('an unknown expression or an unclosed {{ is an error, not an empty string', () => {
    expect(() => renderTemplate('{{majro}}', helpers)).toThrow(/unknown expression \{\{majro\}\}/);
    expect(() => renderTemplate('{{a', helpers)).toThrow(/unclosed/);
  });
  it.each([
    ['{{ raw }}.{{ version }}', false],
    ['{{ version }},{{raw }.', false],
    ['{{ raw }}', true],
    ['{{ raw}}', true],
    ['{{raw}}', true],
  ])('isRawStatement(%s) = %s (meta.test isRawStatement)', (p, want) => {
    expect(isRawStatement(p)).toBe(want);
  });
});

describe('dates (moment format subset; README type=schedule table)', () => {
  const d = new Date('2020-01-10T00:30:00.000Z');
  it.each([
    ['YYYYMMDD', 'UTC', '20200110'],
    ['YYYYMMDD-HHmmss', 'Asia/Tokyo', '20200110-093000'],
    ['YYYY-MM-DDTHH:mm:ss.SSS[Z]', 'UTC', '2020-01-10T00:30:00.000Z'],
    ['YY M D H h A', 'America/New_York', '20 1 9 19 7 PM'],
    ['Z ZZ', 'Asia/Kolkata', '+05:30 +0530'],
    ['X', 'UTC', '1578616200'],
  ])('%s in %s → %s', (fmt, tz, want) => {
    expect(formatDate(d, fmt, tz)).toBe(want);
  });
  it('an unsupported moment token or zone is an error', () => {
    expect(() => formatDate(d, 'MMMM')).toThrow(/MMMM .*not supported/);
    expect(() => formatDate(d, 'dddd')).toThrow(/not supported/);
    expect(() => formatDate(d, 'YYYY', 'Mars/Base')).toThrow(/unknown time zone/);
  });
});

describe('names and tags (README "Image name and tag sanitization")', () => {
  it.each([
    ['my/branch', 'my-branch'],
    ['feat@#x', 'feat-x'],
    ['v1.2.3', 'v1.2.3'],
    ['-dash', 'dash'],
    ['..dots', 'dots'],
    ['x'.repeat(200), 'x'.repeat(128)],
    ['UPPER_case', 'UPPER_case'],
  ])('sanitizeTag(%s)', (raw, want) => {
    expect(sanitizeTag(raw)).toBe(want);
    expect(TAG_GRAMMAR.test(sanitizeTag(raw))).toBe(true);
  });

  it('image names are lowercased and checked', () => {
    expect(sanitizeImageName('ghcr.io/Owner/Repo')).toBe('ghcr.io/owner/repo');
    expect(sanitizeImageName('localhost:5000/App')).toBe('localhost:5000/app');
    expect(parseImages('ghcr.io/O/R, docker.io/o/r\n# comment\nghcr.io/o/r')).toEqual(['ghcr.io/o/r', 'docker.io/o/r']);
    expect(() => sanitizeImageName('ghcr.io/o/r:1.0')).toThrow(/has a tag or digest/);
    expect(() => sanitizeImageName('ghcr.io/o/r@sha256:abc')).toThrow(/has a tag or digest/);
    expect(() => sanitizeImageName('ghcr.io/o r')).toThrow(/not a repository name/);
    expect(() => sanitizeImageName('ghcr.io//r')).toThrow(/not a repository name/);
  });
});
