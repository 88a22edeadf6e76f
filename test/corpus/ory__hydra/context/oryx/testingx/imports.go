// Import list of package testingx in oryx/testingx of ory/hydra (the import blocks of its non-test files; no code kept)
package testingx

import (
	_ "github.com/stretchr/testify/require"
	_ "os"
	_ "path/filepath"
	_ "runtime"
)
