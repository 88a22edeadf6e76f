// Import list of package platformutil in util/platformutil of docker/buildx (the import blocks of its non-test files; no code kept)
package platformutil

import (
	_ "github.com/containerd/platforms"
	_ "github.com/opencontainers/image-spec/specs-go/v1"
	_ "strings"
)
