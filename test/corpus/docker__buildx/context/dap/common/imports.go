// Import list of package common in dap/common of docker/buildx (the import blocks of its non-test files; no code kept)
package common

import (
	_ "context"
	_ "github.com/google/go-dap"
	_ "io"
)
