// Import list of package errors in pkg/errors of fatedier/frp (the import blocks of its non-test files; no code kept)
package errors

import (
	_ "errors"
)
