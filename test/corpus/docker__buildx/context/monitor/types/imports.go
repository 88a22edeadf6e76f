// Import list of package types in monitor/types of docker/buildx (the import blocks of its non-test files; no code kept)
package types

import (
	_ "context"
	_ "github.com/docker/buildx/build"
	_ "github.com/docker/buildx/monitor/processes"
	_ "io"
)
