// Import list of package internal in internal of ory/hydra (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "github.com/ory/hydra/v2/client"
	_ "github.com/ory/hydra/v2/driver"
	_ "github.com/stretchr/testify/require"
	_ "testing"
)
