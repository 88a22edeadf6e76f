// Import list of package ptr in pkg/util/ptr of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package ptr

import (
)
