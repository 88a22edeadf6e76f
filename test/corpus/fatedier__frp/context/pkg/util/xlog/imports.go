// Import list of package xlog in pkg/util/xlog of fatedier/frp (the import blocks of its non-test files; no code kept)
package xlog

import (
	_ "cmp"
	_ "context"
	_ "github.com/fatedier/frp/pkg/util/log"
	_ "slices"
	_ "strings"
)
