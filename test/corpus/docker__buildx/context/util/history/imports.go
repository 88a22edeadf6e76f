// Import list of package history in util/history of docker/buildx (the import blocks of its non-test files; no code kept)
package history

import (
	_ "github.com/docker/buildx/localstate"
	_ "github.com/docker/buildx/util/urlutil"
	_ "github.com/moby/buildkit/frontend/dockerfile/dfgitutil"
	_ "path/filepath"
	_ "strings"
)
