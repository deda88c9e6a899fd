export { COMPONENTS, type ComponentName, componentInputs, type IncludeOptions, includeInputs, renderComponent, renderIncludes } from './component.js';
export { docToObject, type Job, type PipelineDoc, toYaml } from './model.js';
export { DEFAULT_IMAGES, GITLAB_COM_RUNNER_TAGS, type GitlabOptions, type MirrorEntry, MODES, type Mode, resolveOptions } from './options.js';
export { generatePipeline, renderPipeline } from './pipeline.js';
export { staleTemplates, templateFiles, writeTemplates } from './templates.js';
