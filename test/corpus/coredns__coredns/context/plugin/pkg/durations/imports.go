// Import list of package durations in plugin/pkg/durations of coredns/coredns (the import blocks of its non-test files; no code kept)
package durations

import (
	_ "fmt"
	_ "strconv"
	_ "time"
)
