// Import list of package log in internal/log of wagoodman/dive (the import blocks of its non-test files; no code kept)
package log

import (
	_ "github.com/anchore/go-logger"
	_ "github.com/anchore/go-logger/adapter/discard"
)
