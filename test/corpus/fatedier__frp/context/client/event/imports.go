// Import list of package event in client/event of fatedier/frp (the import blocks of its non-test files; no code kept)
package event

import (
	_ "errors"
	_ "github.com/fatedier/frp/pkg/msg"
)
