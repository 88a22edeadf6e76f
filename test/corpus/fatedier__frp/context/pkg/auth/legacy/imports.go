// Import list of package legacy in pkg/auth/legacy of fatedier/frp (the import blocks of its non-test files; no code kept)
package legacy

import (
)
