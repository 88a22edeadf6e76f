// Import list of package featuregate in pkg/policy/featuregate of fatedier/frp (the import blocks of its non-test files; no code kept)
package featuregate

import (
	_ "fmt"
	_ "maps"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
)
