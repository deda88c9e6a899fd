// biome-ignore-all lint/suspicious/noTemplateCurlyInString: shell parameter expansions, not template strings
// The image tags of a GitLab job, computed in the job by POSIX sh (the job images have no Node)
// with the metadata engine's semantics (src/metadata: docker/metadata-action's rules, gen-ci's
// DEFAULT_RULES policy), for the subset of rules a shell can compute. The one place the GitLab
// side of the policy lives: the script (tagScript), the check of rule lines at generation time
// (checkShellRules) and the jobs' `rules:` (jobRules). test/unit/gitlab/tags.test.ts runs the
// script over event fixtures and compares it with computeMetadata(gitlabContext(env)).
import { UsageError } from '../core/errors.js';
import { DEFAULT_RULES, parseRules, type Rule } from '../metadata/index.js';

/** What the shell computes: these rule types and, for semver, these patterns. */
export const SHELL_SEMVER_PATTERNS = ['{{version}}', '{{major}}.{{minor}}', '{{major}}'];
/** enable= values the shell evaluates. */
export const SHELL_ENABLE = ['true', 'false', '{{is_default_branch}}', '{{is_not_default_branch}}', '{{is_major_zero}}', '{{is_not_major_zero}}'];
const SUBSET =
  'the GitLab pipeline computes type=semver (pattern={{version}}, {{major}}.{{minor}}, {{major}}), type=ref (event=branch, tag, pr), type=sha, type=raw and type=schedule with a fixed pattern; enable= true, false or {{is_default_branch}}, {{is_not_default_branch}}, {{is_major_zero}}, {{is_not_major_zero}}; prefix=, suffix= and value= without {{expressions}}, no quoted fields';

/** Why a parsed rule is outside the shell's subset, or undefined when the shell computes it. */
function unsupported(r: Rule): string | undefined {
  if (/"/.test(r.line)) return 'quoted fields';
  const a = r.attrs;
  if (!['semver', 'ref', 'sha', 'raw', 'schedule'].includes(r.type)) return `type=${r.type}`;
  if (r.type === 'semver') {
    if (a.value || a.match) return 'semver value=/match=';
    if (!SHELL_SEMVER_PATTERNS.includes(a.pattern as string)) return `pattern=${a.pattern}`;
  }
  if (r.type === 'schedule' && /\{\{/.test(a.pattern as string)) return `schedule pattern=${a.pattern}`;
  for (const k of ['prefix', 'suffix', 'value'] as const) if (a[k] !== undefined && /\{\{/.test(a[k])) return `${k}=${a[k]}`;
  if (!SHELL_ENABLE.includes(a.enable as string)) return `enable=${a.enable}`;
  return undefined;
}

/**
 * Rule lines → the parsed rules (highest priority first), or a UsageError naming a line the engine
 * cannot read or the pipeline's shell cannot compute. Empty → DEFAULT_RULES.
 */
export function checkShellRules(lines: string[]): Rule[] {
  const text = lines.join('\n').trim() ? lines.join('\n') : DEFAULT_RULES;
  const rules = parseRules(text);
  for (const r of rules) {
    const why = unsupported(r);
    if (why) throw new UsageError(`tag rule "${r.line}": ${why} is not supported in a GitLab pipeline; ${SUBSET} (gen-ci tags computes every rule)`);
  }
  return rules;
}

/** Whether some rule can tag a branch other than the default one (then the jobs also run for branches). */
export function tagsOtherBranches(rules: Rule[]): boolean {
  return rules.some(
    (r) =>
      r.attrs.enable !== 'false' &&
      r.attrs.enable !== '{{is_default_branch}}' &&
      ((r.type === 'ref' && r.attrs.event === 'branch') || r.type === 'sha' || r.type === 'raw'),
  );
}

if (/'/.test(DEFAULT_RULES)) throw new Error('DEFAULT_RULES must hold no single quote (it is written in single quotes)');

// grammar of metadata-action's semver (node-semver valid(), optional v), as src/metadata/semver.ts
const NUM = '(0|[1-9][0-9]*)';
const PRE_ID = '(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][a-zA-Z0-9-]*)';
const SEMVER_ERE = `^v?${NUM}\\.${NUM}\\.${NUM}(-${PRE_ID}(\\.${PRE_ID})*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$`;

/**
 * The script item that sets GENCI_TAGS (tag names, one per line) and genci_push (true/false) from
 * GENCI_TAG_RULES (empty: DEFAULT_RULES), GENCI_DEFAULT_BRANCH (empty: CI_DEFAULT_BRANCH) and the
 * pipeline's CI_COMMIT_TAG / CI_COMMIT_BRANCH / CI_COMMIT_REF_NAME / CI_MERGE_REQUEST_IID /
 * CI_PIPELINE_SOURCE / CI_COMMIT_SHA, as computeMetadata(gitlabContext(env)) does. Literal
 * GENCI_TAGS (given tags) are kept; then only a merge request turns push off. A rule outside the
 * subset ends the job (exit 2) with a line naming it.
 */
export function tagScript(): string {
  return [
    '# gen-ci tags: GENCI_TAG_RULES (docker/metadata-action rules) -> GENCI_TAGS, genci_push',
    "genci_nl='",
    "'",
    'genci_trim() { genci_s=$1; genci_s=${genci_s#"${genci_s%%[![:space:]]*}"}; genci_s=${genci_s%"${genci_s##*[![:space:]]}"}; }',
    'genci_fail() { echo "gen-ci: tag rule \\"$genci_line\\": $1 is not supported in a GitLab pipeline; ' + SUBSET.replace(/"/g, '') + '" >&2; exit 2; }',
    'genci_ref=',
    'if [ -n "$CI_MERGE_REQUEST_IID" ]; then genci_ref=refs/pull/$CI_MERGE_REQUEST_IID/merge',
    'elif [ -n "$CI_COMMIT_TAG" ]; then genci_ref=refs/tags/$CI_COMMIT_TAG',
    'elif [ -n "$CI_COMMIT_BRANCH" ]; then genci_ref=refs/heads/$CI_COMMIT_BRANCH',
    'elif [ -n "$CI_COMMIT_REF_NAME" ]; then genci_ref=refs/heads/$CI_COMMIT_REF_NAME',
    'fi',
    'if [ -n "$CI_MERGE_REQUEST_IID" ]; then genci_event=${CI_PIPELINE_SOURCE-merge_request_event}; else genci_event=${CI_PIPELINE_SOURCE-push}; fi',
    'genci_default=${GENCI_DEFAULT_BRANCH:-$CI_DEFAULT_BRANCH}',
    'genci_branch=',
    'genci_tag=',
    'genci_pr=',
    'case "$genci_ref" in',
    '  refs/heads/*) genci_branch=${genci_ref#refs/heads/} ;;',
    '  refs/tags/*) genci_tag=${genci_ref#refs/tags/} ;;',
    '  refs/pull/*) genci_pr=${genci_ref#refs/pull/}; genci_pr=${genci_pr%/merge} ;;',
    'esac',
    // {{is_default_branch}}: the ref's branch is the default one, or an event GitHub runs on it
    'genci_is_default=false',
    'genci_b=${genci_ref#refs/heads/}',
    'if [ -n "$genci_b" ]; then',
    '  if [ -n "$genci_default" ] && [ "$genci_default" = "$genci_b" ]; then genci_is_default=true; else',
    '    case "$genci_event" in *create*|*discussion*|*issues*|*schedule*) genci_is_default=true ;; esac',
    '  fi',
    'fi',
    'genci_not_default=true',
    'if [ "$genci_is_default" = true ]; then genci_not_default=false; fi',
    // the tag as a semantic version
    'genci_sv=',
    'genci_major=',
    'genci_minor=',
    'genci_pre=false',
    'genci_t=$(printf \'%s\' "$genci_tag" | tr / -)',
    `if [ -n "$genci_t" ] && [ "\${#genci_t}" -le 256 ] && printf '%s\\n' "$genci_t" | grep -Eq '${SEMVER_ERE}'; then`,
    '  genci_sv=${genci_t#v}',
    '  genci_sv=${genci_sv%%+*}',
    '  genci_major=${genci_sv%%.*}',
    '  genci_r=${genci_sv#*.}',
    '  genci_minor=${genci_r%%.*}',
    '  case "$genci_sv" in *-*) genci_pre=true ;; esac',
    'fi',
    'genci_major_zero=false',
    'if [ "$genci_major" = 0 ]; then genci_major_zero=true; fi',
    'genci_not_major_zero=true',
    'if [ "$genci_major_zero" = true ]; then genci_not_major_zero=false; fi',
    // one rule line -> genci_a_* (attributes with defaults) and genci_prio
    'genci_rule() {',
    '  genci_line=$1',
    '  case "$genci_line" in *\\"*) genci_fail "quoted fields" ;; esac',
    '  genci_a_type=raw; genci_a_pattern=; genci_a_event=; genci_a_value=; genci_h_value=false; genci_a_format=',
    '  genci_a_enable=true; genci_a_prefix=; genci_h_prefix=false; genci_a_suffix=; genci_h_suffix=false; genci_a_priority=',
    '  genci_rest=$genci_line,',
    '  while [ -n "$genci_rest" ]; do',
    '    genci_f=${genci_rest%%,*}',
    '    genci_rest=${genci_rest#*,}',
    '    case "$genci_f" in',
    '      [!=]*=*)',
    '        genci_trim "${genci_f%%=*}"; genci_k=$(printf \'%s\' "$genci_s" | tr A-Z a-z)',
    '        genci_trim "${genci_f#*=}"; genci_v=$genci_s ;;',
    '      *) genci_trim "$genci_f"; genci_k=value; genci_v=$genci_s ;;',
    '    esac',
    '    case "$genci_k" in',
    '      type) genci_a_type=$genci_v ;;',
    '      pattern) genci_a_pattern=$genci_v ;;',
    '      event) genci_a_event=$genci_v ;;',
    '      value) genci_a_value=$genci_v; genci_h_value=true ;;',
    '      format) genci_a_format=$genci_v ;;',
    '      enable) genci_a_enable=$genci_v ;;',
    '      prefix) genci_a_prefix=$genci_v; genci_h_prefix=true ;;',
    '      suffix) genci_a_suffix=$genci_v; genci_h_suffix=true ;;',
    '      priority) genci_a_priority=$genci_v ;;',
    '      *) genci_fail "the attribute $genci_k" ;;',
    '    esac',
    '  done',
    '  case "$genci_a_type" in',
    '    schedule) genci_prio=1000; genci_a_pattern=${genci_a_pattern:-nightly} ;;',
    '    semver) genci_prio=900',
    '      if [ "$genci_h_value" = true ]; then genci_fail "semver value="; fi',
    '      case "$genci_a_pattern" in "{{version}}"|"{{major}}.{{minor}}"|"{{major}}") ;; *) genci_fail "pattern=$genci_a_pattern" ;; esac ;;',
    '    ref) genci_prio=600',
    '      case "$genci_a_event" in branch|tag) ;; pr) if [ "$genci_h_prefix" = false ]; then genci_a_prefix=pr-; genci_h_prefix=true; fi ;; *) genci_fail "event=$genci_a_event" ;; esac ;;',
    '    raw) genci_prio=200',
    '      if [ "$genci_h_value" = false ]; then genci_fail "type=raw without value="; fi ;;',
    '    sha) genci_prio=100',
    '      if [ "$genci_h_prefix" = false ]; then genci_a_prefix=sha-; genci_h_prefix=true; fi',
    '      genci_a_format=${genci_a_format:-short}',
    '      case "$genci_a_format" in short|long) ;; *) genci_fail "format=$genci_a_format" ;; esac ;;',
    '    *) genci_fail "type=$genci_a_type" ;;',
    '  esac',
    '  case "$genci_a_value$genci_a_prefix$genci_a_suffix" in *"{{"*) genci_fail "an {{expression}} in value=, prefix= or suffix=" ;; esac',
    '  if [ "$genci_a_type" = schedule ]; then case "$genci_a_pattern" in *"{{"*) genci_fail "schedule pattern=$genci_a_pattern" ;; esac; fi',
    '  case "$genci_a_enable" in',
    '    true|false) ;;',
    '    "{{is_default_branch}}") genci_a_enable=$genci_is_default ;;',
    '    "{{is_not_default_branch}}") genci_a_enable=$genci_not_default ;;',
    '    "{{is_major_zero}}") genci_a_enable=$genci_major_zero ;;',
    '    "{{is_not_major_zero}}") genci_a_enable=$genci_not_major_zero ;;',
    '    *) genci_fail "enable=$genci_a_enable" ;;',
    '  esac',
    '  if [ -n "$genci_a_priority" ]; then',
    '    case "$genci_a_priority" in -|*[!0-9-]*|?*-*) genci_fail "priority=$genci_a_priority" ;; esac',
    '    genci_prio=$genci_a_priority',
    '  fi',
    '}',
    // the rules, highest priority first (a stable sort: equal priorities keep their order)
    "genci_rules=${GENCI_TAG_RULES:-'" + DEFAULT_RULES + "'}",
    'genci_i=0',
    'genci_sorted=',
    'while IFS= read -r genci_l; do',
    '  genci_trim "$genci_l"',
    '  case "$genci_s" in ""|"#"*) continue ;; esac',
    '  genci_i=$((genci_i + 1))',
    '  genci_rule "$genci_s"',
    '  genci_sorted="$genci_sorted$genci_prio $genci_i $genci_line$genci_nl"',
    'done <<GENCI_EOF',
    '$genci_rules',
    'GENCI_EOF',
    'genci_sorted=$(printf \'%s\' "$genci_sorted" | sort -k1,1nr -k2,2n | cut -d" " -f3-)',
    // each rule makes at most one tag; the first tag is the version and decides latest
    'genci_names=',
    'genci_latest=',
    'while IFS= read -r genci_l; do',
    '  if [ -z "$genci_l" ]; then continue; fi',
    '  genci_rule "$genci_l"',
    '  if [ "$genci_a_enable" = false ]; then continue; fi',
    '  genci_made=',
    '  genci_has=false',
    '  genci_auto=false',
    '  case "$genci_a_type" in',
    '    schedule) case "$genci_event" in *schedule*) genci_made=$genci_a_pattern; genci_has=true ;; esac ;;',
    '    semver)',
    '      if [ -n "$genci_sv" ]; then',
    '        genci_has=true',
    '        if [ "$genci_pre" = true ]; then genci_made=$genci_sv; else',
    '          genci_auto=true',
    '          case "$genci_a_pattern" in',
    '            "{{version}}") genci_made=$genci_sv ;;',
    '            "{{major}}.{{minor}}") genci_made=$genci_major.$genci_minor ;;',
    '            *) genci_made=$genci_major ;;',
    '          esac',
    '        fi',
    '      fi ;;',
    '    ref)',
    '      case "$genci_a_event" in',
    '        branch) if [ -n "$genci_branch" ]; then genci_made=$genci_branch; genci_has=true; fi ;;',
    '        tag) if [ -n "$genci_tag" ]; then genci_made=$genci_tag; genci_has=true; genci_auto=true; fi ;;',
    '        pr) if [ -n "$genci_pr" ]; then genci_made=$genci_pr; genci_has=true; fi ;;',
    '      esac ;;',
    '    raw) genci_made=$genci_a_value; genci_has=true ;;',
    '    sha)',
    '      if [ -n "$CI_COMMIT_SHA" ]; then',
    '        genci_has=true',
    '        if [ "$genci_a_format" = short ]; then genci_made=$(printf \'%s\' "$CI_COMMIT_SHA" | cut -c1-7); else genci_made=$CI_COMMIT_SHA; fi',
    '      fi ;;',
    '  esac',
    '  if [ "$genci_has" = false ]; then continue; fi',
    // prefix + value + suffix, sanitized to the tag grammar (src/metadata/reference.ts sanitizeTag)
    '  genci_x=$(printf \'%s\\n\' "$genci_a_prefix$genci_made$genci_a_suffix" | LC_ALL=C sed -e \'s/[^a-zA-Z0-9._-][^a-zA-Z0-9._-]*/-/g\' -e \'s/^[.-]*//\' | cut -c1-128)',
    '  if [ -z "$genci_x" ]; then continue; fi',
    '  case "$genci_nl$genci_names" in',
    '    *"$genci_nl$genci_x$genci_nl"*) ;;',
    '    *) genci_names="$genci_names$genci_x$genci_nl" ;;',
    '  esac',
    '  if [ -z "$genci_latest" ]; then genci_latest=$genci_auto; fi',
    'done <<GENCI_EOF',
    '$genci_sorted',
    'GENCI_EOF',
    'if [ "$genci_latest" = true ] && [ -n "$genci_names" ]; then',
    '  case "$genci_nl$genci_names" in *"${genci_nl}latest$genci_nl"*) ;; *) genci_names="${genci_names}latest$genci_nl" ;; esac',
    'fi',
    'genci_push=true',
    'if [ -n "$GENCI_TAGS" ]; then',
    '  echo "gen-ci: tags as given: $(printf \'%s\' "$GENCI_TAGS" | tr \'\\n\' \' \')"',
    'else',
    '  GENCI_TAGS=$genci_names',
    '  if [ -z "$GENCI_TAGS" ]; then genci_push=false; fi',
    '  echo "gen-ci: tags for ${genci_event:-no event} on ${genci_ref:-no ref}: $(printf \'%s\' "$GENCI_TAGS" | tr \'\\n\' \' \')"',
    'fi',
    'if [ -n "$genci_pr" ]; then genci_push=false; fi',
    'if [ "$genci_push" = false ]; then echo "gen-ci: not pushing (${genci_pr:+a merge request, built and checked only}${genci_pr:-no tag rule applies})"; fi',
  ].join('\n');
}

/** For per-arch jobs (they push by commit, not by tag): genci_push=false in a merge request pipeline. */
export const PUSH_UNLESS_MERGE_REQUEST = [
  'genci_push=true',
  'if [ -n "$CI_MERGE_REQUEST_IID" ]; then genci_push=false; echo "gen-ci: a merge request: built and checked, not pushed"; fi',
].join('\n');

/** One entry of a job's `rules:`. */
export interface JobRule {
  if: string;
  when?: 'never';
}

/**
 * The jobs' `rules:`: merge request pipelines, tag pipelines and pushes to the default branch
 * (`defaultBranch`: a literal branch, or a component's `$[[ inputs.default_branch ]]`, checked in
 * addition to CI_DEFAULT_BRANCH; undefined: CI_DEFAULT_BRANCH); with `otherBranches` every branch
 * (not twice when it has an open merge request). `merge`: the job that tags the index does not run
 * for merge requests (nothing is pushed there).
 */
export function jobRules(o: { defaultBranch?: string; component?: boolean; otherBranches?: boolean; merge?: boolean }): JobRule[] {
  const mr = '$CI_PIPELINE_SOURCE == "merge_request_event"';
  const out: JobRule[] = [];
  out.push(o.merge ? { if: mr, when: 'never' } : { if: mr });
  if (o.otherBranches) out.push({ if: '$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS', when: 'never' });
  out.push({ if: '$CI_COMMIT_TAG' });
  if (o.component) {
    out.push({ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' });
    if (o.defaultBranch) out.push({ if: `$CI_COMMIT_BRANCH == "${o.defaultBranch}"` });
  } else out.push({ if: o.defaultBranch ? `$CI_COMMIT_BRANCH == "${o.defaultBranch}"` : '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' });
  if (o.otherBranches) out.push({ if: '$CI_COMMIT_BRANCH' });
  return out;
}

/** A branch name that can be written in a rules: expression ("..."). */
export function checkBranchName(b: string): string {
  if (!/^[A-Za-z0-9._/-]+$/.test(b) || b.startsWith('-')) throw new UsageError(`default branch "${b}" is not a branch name gen-ci can write in rules: (letters, digits, . _ / -)`);
  return b;
}
