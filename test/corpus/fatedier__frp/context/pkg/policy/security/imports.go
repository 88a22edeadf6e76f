// Import list of package security in pkg/policy/security of fatedier/frp (the import blocks of its non-test files; no code kept)
package security

import (
)
