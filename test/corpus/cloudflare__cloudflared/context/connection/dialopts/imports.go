// Import list of package dialopts in connection/dialopts of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package dialopts

import (
)
