// Import list of package system in pkg/util/system of fatedier/frp (the import blocks of its non-test files; no code kept)
package system

import (
)
