/**
 * gen-ci's tag, label and annotation engine: docker/metadata-action's rules and semantics as pure
 * functions, for the action (inputs `images`, `tag-rules`), the GitLab generator and `gen-ci tags`.
 *
 *   const ctx = githubContext(env, event) | gitlabContext(env) | await gitContext(cwd)
 *            | await contextFromEnvironment(env, cwd);
 *   const meta = computeMetadata(ctx, { images: ['ghcr.io/Owner/Repo'], rules: parseRules(text), latest: 'auto' });
 *   meta.tags, meta.labels, meta.annotations, meta.version, meta.push, meta.reasons
 */
export { computeMetadata, type Metadata, type MetadataOptions } from './compute.js';
export { type EventContext, type Env, type GitFacts, gitContextFrom, githubContext, gitlabContext, type RepoInfo } from './context.js';
export { DATE_TOKENS, formatDate } from './date.js';
export { contextFromEnvironment, type ContextOverrides, readGithubEvent } from './environment.js';
export { branchOf, isDefaultBranch, isMajorZero, pullRequestOf, shortSha, tagOf } from './expressions.js';
export { gitContext, readGitFacts } from './git.js';
export { OCI_KEYS, ociLabels } from './labels.js';
export { parseImages, sanitizeImageName, sanitizeTag, TAG_GRAMMAR } from './reference.js';
export { DEFAULT_PRIORITIES, DEFAULT_RULES, formatRule, parseRule, parseRules, type Rule, RuleError, type RuleType } from './rules.js';
export { compareSemver, parseSemver, type SemVer } from './semver.js';
export { computeVersion, DEFAULT_FLAVOR, type Flavor, type Latest, type Reason, tagNames, type Version } from './tags.js';
export { isRawStatement, renderTemplate, TemplateError } from './template.js';
