/** The docker/metadata-action outputs (`tags`, `labels`, `annotations`, `version`, `json`) of a config. Pure. */
import type { Config } from '../config/config.js';
import { metadataJson } from '../metadata/resolve.js';

export function metadataOutputs(
  config: Pick<Config, 'tags' | 'labels' | 'metadata'>,
): Record<'tags' | 'labels' | 'annotations' | 'version' | 'json', string> {
  const m = config.metadata;
  const labels = m ? m.labels : config.labels;
  return {
    // With targets, every image's tags (the run's config has none of its own).
    tags: (m ? m.tags : config.tags).join('\n'),
    labels: Object.entries(labels)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
    annotations: m ? m.annotations.join('\n') : '',
    version: m?.version ?? '',
    json: m
      ? metadataJson(m)
      : JSON.stringify({ tags: config.tags, 'tag-names': [], labels: config.labels, annotations: [] }),
  };
}
