/** The registry client a stage uses: plain http only when the inputs allow it, every credential masked. */
import type { Context } from '../core/context.js';
import { RegistryClient } from './client.js';

export function registryClient(ctx: Context): RegistryClient {
  return new RegistryClient({
    allowHttp: ctx.config.allowHttpRegistry,
    onSecret: (s) => ctx.host.mask(s),
    log: (m) => ctx.host.log.info(m),
  });
}
