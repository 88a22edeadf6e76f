// Import list of package ghutil in util/ghutil of docker/buildx (the import blocks of its non-test files; no code kept)
package ghutil

import (
	_ "encoding/json"
	_ "github.com/pkg/errors"
	_ "os"
	_ "strconv"
)
