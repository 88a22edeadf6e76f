// Import list of package ocilayout in util/ocilayout of docker/buildx (the import blocks of its non-test files; no code kept)
package ocilayout

import (
	_ "github.com/distribution/reference"
	_ "github.com/opencontainers/go-digest"
	_ "strings"
)
