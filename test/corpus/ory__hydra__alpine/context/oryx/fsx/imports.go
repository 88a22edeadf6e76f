// Import list of package fsx in oryx/fsx of ory/hydra (the import blocks of its non-test files; no code kept)
package fsx

import (
	_ "crypto/sha512"
	_ "github.com/pkg/errors"
	_ "io"
	_ "io/fs"
	_ "sort"
	_ "time"
)
