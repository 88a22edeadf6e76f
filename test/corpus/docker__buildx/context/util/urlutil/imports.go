// Import list of package urlutil in util/urlutil of docker/buildx (the import blocks of its non-test files; no code kept)
package urlutil

import (
	_ "github.com/moby/buildkit/frontend/dockerfile/dfgitutil"
	_ "strings"
)
