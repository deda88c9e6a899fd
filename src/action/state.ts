/** Keys saved by the main step for the post step (GITHUB_STATE). */
export const STATE = {
  /** JSON list of what the run created (core/lifecycle), recorded before each thing is created */
  resources: 'resources',
} as const;
