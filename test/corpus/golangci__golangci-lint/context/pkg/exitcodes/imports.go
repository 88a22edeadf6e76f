// Import list of package exitcodes in pkg/exitcodes of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package exitcodes

import (
)
