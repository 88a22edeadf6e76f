// Import list of package limit in pkg/util/limit of fatedier/frp (the import blocks of its non-test files; no code kept)
package limit

import (
	_ "context"
	_ "golang.org/x/time/rate"
	_ "io"
)
