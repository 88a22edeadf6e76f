// Import list of package consts in test/e2e/framework/consts of fatedier/frp (the import blocks of its non-test files; no code kept)
package consts

import (
	_ "fmt"
	_ "github.com/fatedier/frp/test/e2e/pkg/port"
	_ "time"
)
