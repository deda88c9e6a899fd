/** Keys saved by the main step for the post step (GITHUB_STATE). */
export const STATE = {
  isPost: 'isPost',
  builderCreated: 'builder-created',
  dockerConfig: 'docker-config-dir',
  tempDir: 'temp-dir',
} as const;
