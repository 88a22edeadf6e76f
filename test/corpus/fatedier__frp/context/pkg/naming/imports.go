// Import list of package naming in pkg/naming of fatedier/frp (the import blocks of its non-test files; no code kept)
package naming

import (
	_ "strings"
)
