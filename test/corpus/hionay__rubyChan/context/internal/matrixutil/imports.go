// Import list of package matrixutil in internal/matrixutil of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package matrixutil

import (
	_ "cmp"
	_ "context"
	_ "fmt"
	_ "html"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/id"
	_ "sort"
	_ "strings"
)
