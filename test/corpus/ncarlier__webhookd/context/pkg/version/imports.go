// Import list of package version in pkg/version of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package version

import (
	_ "flag"
	_ "fmt"
	_ "runtime/debug"
	_ "time"
)
