// Import list of package version in pkg/util/version of fatedier/frp (the import blocks of its non-test files; no code kept)
package version

import (
)
