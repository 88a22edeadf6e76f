// Import list of package version in pkg/version of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package version

import (
)
