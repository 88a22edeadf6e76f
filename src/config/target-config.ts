/** The config one image of the `targets` input runs with: its stage, tags, platforms and report directory. */
import path from 'node:path';
import type { Config } from './config.js';
import type { ImageTarget } from './targets.js';

/** Where an image's own report files go: `<report-dir>/images/<name>`. */
export function targetReportPath(config: Pick<Config, 'reportPath'>, name: string): string {
  return path.join(config.reportPath, 'images', name);
}

/** The single-image config of one target (no `targets` of its own). Pure. */
export function configForTarget(config: Config, target: ImageTarget): Config {
  return Object.freeze({
    ...config,
    targets: [],
    target: target.name,
    tags: target.tags,
    platforms: target.platforms.length > 0 ? target.platforms : config.platforms,
    reportPath: targetReportPath(config, target.name),
  });
}
